package com.augno.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of caller that made a request or a change.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class ActorType {
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
    public static final ActorType USER = new ActorType("user", Known.USER);

    /** The actor type {@code api_key}. */
    public static final ActorType API_KEY = new ActorType("api_key", Known.API_KEY);

    /** The actor type {@code agent}. */
    public static final ActorType AGENT = new ActorType("agent", Known.AGENT);

    /** The actor type {@code group}. */
    public static final ActorType GROUP = new ActorType("group", Known.GROUP);

    private final String value;
    private final @Nullable Known known;

    private ActorType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the actor type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ActorType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "user":
                return USER;
            case "api_key":
                return API_KEY;
            case "agent":
                return AGENT;
            case "group":
                return GROUP;
            default:
                return new ActorType(value, null);
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
        return o instanceof ActorType && ((ActorType) o).value.equals(value);
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
