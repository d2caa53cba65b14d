package com.augno.sdk.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of every API model. Keeps the fields of a response object that the model does
 * not declare, so that nothing the server sends is lost: Jackson puts each unknown property into
 * {@link #additionalProperties()}, and writes them back when the object is serialized.
 *
 * <p>Subclasses must not print {@link #additionalProperties()} in {@code toString()}: an unknown
 * field might hold a secret.
 */
public abstract class ApiObject {
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    /** Creates an object with no additional properties. */
    protected ApiObject() {}

    /** Returns the properties the server sent that this model does not declare. */
    @JsonAnyGetter
    public final Map<String, JsonNode> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    final void putAdditionalProperty(String name, JsonNode value) {
        additionalProperties.put(name, value);
    }
}
