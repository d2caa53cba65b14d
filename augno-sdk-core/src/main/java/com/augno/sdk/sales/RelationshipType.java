package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a customer sits in a parent/child hierarchy.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class RelationshipType {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code standalone}. */
        STANDALONE,
        /** {@code parent}: has child accounts. */
        PARENT,
        /** {@code child}: has a parent account. */
        CHILD,
    }

    /** The relationship type {@code standalone}. */
    public static final RelationshipType STANDALONE = new RelationshipType("standalone", Known.STANDALONE);

    /** The relationship type {@code parent}. */
    public static final RelationshipType PARENT = new RelationshipType("parent", Known.PARENT);

    /** The relationship type {@code child}. */
    public static final RelationshipType CHILD = new RelationshipType("child", Known.CHILD);

    private final String value;
    private final @Nullable Known known;

    private RelationshipType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the relationship type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RelationshipType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "standalone":
                return STANDALONE;
            case "parent":
                return PARENT;
            case "child":
                return CHILD;
            default:
                return new RelationshipType(value, null);
        }
    }

    /** Returns the raw wire value, exactly as the server sent it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Returns the known constant, or empty when this SDK version does not know the value. */
    public Optional<Known> known() {
        return Optional.ofNullable(known);
    }

    /** Returns true when this SDK version knows the value. */
    public boolean isKnown() {
        return known != null;
    }

    /** Equal when the wire values are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RelationshipType && ((RelationshipType) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the wire value. */
    @Override
    public String toString() {
        return value;
    }
}
