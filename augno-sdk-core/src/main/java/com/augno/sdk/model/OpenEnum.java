package com.augno.sdk.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The base of every open enum of the API: a value type that keeps the raw
 * string the server sent and exposes the known constant when there is one, so that a new server
 * value never breaks decoding and never loses information (DESIGN.md section 3).
 *
 * <p>A model declares a nested {@code enum Known} with one constant per documented value and a
 * {@code @JsonCreator} factory:
 *
 * <pre>{@code
 * public final class ApiKeyStatus extends OpenEnum<ApiKeyStatus.Known> {
 *     public enum Known { ACTIVE, EXPIRED, REVOKED }
 *     public static final ApiKeyStatus ACTIVE = of("active");
 *     private ApiKeyStatus(String value) { super(value, Known.class); }
 *     @JsonCreator public static ApiKeyStatus of(String value) { return new ApiKeyStatus(value); }
 * }
 * ApiKeyStatus.of("frozen").known();   // Optional.empty()
 * ApiKeyStatus.of("frozen").value();   // "frozen"
 * }</pre>
 *
 * <p>Constants map to wire values by lower-casing their names ({@code ACTIVE} is {@code active}),
 * or by their {@code toString()} when a generated {@code Known} enum spells a value that is no Java
 * name ({@code owner.account}); {@link #known()} matches names ignoring case. Writing produces the raw string. Equality is by class and
 * raw value.
 *
 * @param <K> the enum of known values
 */
public abstract class OpenEnum<K extends Enum<K>> {
    private final String value;
    private final @Nullable K known;

    /**
     * Creates the value.
     *
     * @param value the raw wire value
     * @param knownType the enum of known values
     */
    protected OpenEnum(String value, Class<K> knownType) {
        this.value = Objects.requireNonNull(value, "value == null");
        K match = null;
        for (K k : knownType.getEnumConstants()) {
            if (k.name().equalsIgnoreCase(value) || k.toString().equals(value)) {
                match = k;
                break;
            }
        }
        this.known = match;
    }

    /** Returns the raw wire value, e.g. {@code "active"}. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Returns the known constant, or empty for a value this SDK version does not know. */
    public final Optional<K> known() {
        return Optional.ofNullable(known);
    }

    /** Returns true when this is the known constant {@code k}. */
    public final boolean is(K k) {
        return known == k;
    }

    @Override
    public final boolean equals(@Nullable Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((OpenEnum<?>) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the raw value. */
    @Override
    public final String toString() {
        return value;
    }
}
