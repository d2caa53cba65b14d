package com.augno.sdk.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A permission string as roles hold it: a permission code and an action, {@code customers:read}.
 *
 * <p>Tolerant: a code or action this SDK version does not know is kept as it is, and a string
 * without a colon is kept whole (its {@link #action()} is then empty), so a new server value never
 * breaks decoding. Immutable; equal when the strings are equal.
 */
public final class Permission {
    /** The four actions a permission code is combined with. */
    public enum Action {
        /** {@code create}. */
        CREATE,
        /** {@code read}. */
        READ,
        /** {@code update}. */
        UPDATE,
        /** {@code delete}. */
        DELETE;

        /** Returns the wire form, e.g. {@code read}. */
        public String wireValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String value;

    private Permission(String value) {
        this.value = value;
    }

    /**
     * Returns the permission for a string such as {@code customers:read}, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public static Permission of(String value) {
        Objects.requireNonNull(value, "value == null");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a permission must not be empty; expected e.g. customers:read");
        }
        return new Permission(value);
    }

    /**
     * Returns the permission for a code and an action, e.g. {@code of("customers", Action.READ)}.
     *
     * @throws IllegalArgumentException if {@code code} is empty or contains a colon
     */
    public static Permission of(String code, Action action) {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(action, "action == null");
        if (code.isEmpty() || code.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a permission code is a name such as customers, without ':'");
        }
        return new Permission(code + ":" + action.wireValue());
    }

    /** Returns the whole string, e.g. {@code customers:read}. */
    public String value() {
        return value;
    }

    /** Returns the code, the part before the last colon (the whole string when there is none). */
    public String code() {
        int i = value.lastIndexOf(':');
        return i < 0 ? value : value.substring(0, i);
    }

    /** Returns the action text, the part after the last colon; empty when there is no colon. */
    public String action() {
        int i = value.lastIndexOf(':');
        return i < 0 ? "" : value.substring(i + 1);
    }

    /** Returns the known action, or empty when the action is not one of create/read/update/delete. */
    public Optional<Action> knownAction() {
        String a = action();
        for (Action known : Action.values()) {
            if (known.wireValue().equals(a)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Permission && ((Permission) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the permission string. */
    @Override
    public String toString() {
        return value;
    }
}
