package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where a customer sits in a parent/child hierarchy.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class RelationshipType extends OpenEnum<RelationshipType.Known> {
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
    public static final RelationshipType STANDALONE = new RelationshipType("standalone");

    /** The relationship type {@code parent}. */
    public static final RelationshipType PARENT = new RelationshipType("parent");

    /** The relationship type {@code child}. */
    public static final RelationshipType CHILD = new RelationshipType("child");

    private RelationshipType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the relationship type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RelationshipType of(String value) {
        return new RelationshipType(value);
    }
}
