package com.augno.sdk.core;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of caller that made a request or a change.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class ActorType extends OpenEnum<ActorType.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code user}: a person. */
        USER,
        /** {@code api_key}: a programmatic caller. */
        API_KEY,
        /** {@code agent}: an automated agent acting for the account. */
        AGENT,
        /** {@code group}: a shared persona such as "Customer Service". */
        GROUP,
    }

    /** The actor type {@code user}. */
    public static final ActorType USER = new ActorType("user");

    /** The actor type {@code api_key}. */
    public static final ActorType API_KEY = new ActorType("api_key");

    /** The actor type {@code agent}. */
    public static final ActorType AGENT = new ActorType("agent");

    /** The actor type {@code group}. */
    public static final ActorType GROUP = new ActorType("group");

    private ActorType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the actor type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ActorType of(String value) {
        return new ActorType(value);
    }
}
