package com.augno.sdk.core;

import com.augno.sdk.internal.json.SafeText;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One changed field of an audited record. ({@code object} = {@code "audit_field_change"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for. Its {@code toString} shows the field name, never the old or new value.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AuditFieldChange extends ApiObject {
    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("field")
    private final String field;

    @JsonProperty("old_value")
    private final @Nullable Object oldValue;

    @JsonProperty("new_value")
    private final @Nullable Object newValue;

    @JsonCreator
    private AuditFieldChange(
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("field") String field,
            @JsonProperty("old_value") @Nullable Object oldValue,
            @JsonProperty("new_value") @Nullable Object newValue) {
        this.objectTag = objectTag;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The field name in the stored record (may differ slightly from the API name). */
    public String field() {
        return field;
    }

    /** The old value (empty on create). */
    public Optional<Object> oldValue() {
        return Optional.ofNullable(oldValue);
    }

    /** The new value (empty on delete). */
    public Optional<Object> newValue() {
        return Optional.ofNullable(newValue);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AuditFieldChange)) {
            return false;
        }
        AuditFieldChange that = (AuditFieldChange) o;
        return Objects.equals(objectTag, that.objectTag)
                && Objects.equals(field, that.field)
                && Objects.equals(oldValue, that.oldValue)
                && Objects.equals(newValue, that.newValue)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectTag, field, oldValue, newValue, additionalProperties());
    }

    @Override
    public String toString() {
        return "AuditFieldChange{" + "objectTag=" + objectTag + ", "
                + "field=" + field + ", "
                + "oldValue=" + SafeText.hidden(oldValue) + ", "
                + "newValue=" + SafeText.hidden(newValue) + "}";
    }
}
