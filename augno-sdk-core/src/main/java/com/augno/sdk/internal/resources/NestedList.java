package com.augno.sdk.internal.resources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API: a list envelope nested inside an object ({@code {"object":"list","data":[...],
 * "page_info":{...}}}). Models expose only {@link #data()}; the rest is kept for re-encoding.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NestedList<T> {
    @JsonProperty("data")
    private final List<T> data;

    @JsonIgnore
    private final Map<String, @Nullable Object> other = new LinkedHashMap<>();

    @JsonCreator
    private NestedList(@JsonProperty("data") @Nullable List<T> data) {
        this.data = data == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(data));
    }

    /** Returns the items; never null. */
    public List<T> data() {
        return data;
    }

    @JsonAnyGetter
    Map<String, @Nullable Object> other() {
        return other;
    }

    @JsonAnySetter
    private void put(String key, @Nullable Object value) {
        other.put(key, value);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof NestedList && ((NestedList<?>) o).data.equals(data);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(data);
    }

    @Override
    public String toString() {
        return data.toString();
    }
}
