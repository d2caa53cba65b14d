package com.augno.sdk.core;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A related object this SDK version does not model in detail (a carrier, a payment term, ...): its id, type tag and name, with every other field in {@link #additionalProperties()}.
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpandedObject extends ApiObject {
    @JsonProperty("id")
    private final @Nullable String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final @Nullable String name;

    @JsonCreator
    private ExpandedObject(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") @Nullable String name) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
    }

    /** The id. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The display name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExpandedObject)) {
            return false;
        }
        ExpandedObject that = (ExpandedObject) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, objectTag, name, additionalProperties());
    }

    @Override
    public String toString() {
        return "ExpandedObject{" + "id=" + id + ", " + "objectTag=" + objectTag + ", " + "name=" + name + "}";
    }
}
