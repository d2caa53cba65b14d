package com.augno.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an audited record.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class AuditAction {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code create}. */
        CREATE,
        /** {@code update}. */
        UPDATE,
        /** {@code delete}. */
        DELETE,
        /** {@code upsert}. */
        UPSERT,
        /** {@code restore}. */
        RESTORE,
        /** {@code archive}. */
        ARCHIVE,
        /** {@code approve}. */
        APPROVE,
        /** {@code deny}. */
        DENY,
    }

    /** The audit action {@code create}. */
    public static final AuditAction CREATE = new AuditAction("create", Known.CREATE);

    /** The audit action {@code update}. */
    public static final AuditAction UPDATE = new AuditAction("update", Known.UPDATE);

    /** The audit action {@code delete}. */
    public static final AuditAction DELETE = new AuditAction("delete", Known.DELETE);

    /** The audit action {@code upsert}. */
    public static final AuditAction UPSERT = new AuditAction("upsert", Known.UPSERT);

    /** The audit action {@code restore}. */
    public static final AuditAction RESTORE = new AuditAction("restore", Known.RESTORE);

    /** The audit action {@code archive}. */
    public static final AuditAction ARCHIVE = new AuditAction("archive", Known.ARCHIVE);

    /** The audit action {@code approve}. */
    public static final AuditAction APPROVE = new AuditAction("approve", Known.APPROVE);

    /** The audit action {@code deny}. */
    public static final AuditAction DENY = new AuditAction("deny", Known.DENY);

    private final String value;
    private final @Nullable Known known;

    private AuditAction(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the audit action for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AuditAction of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "create":
                return CREATE;
            case "update":
                return UPDATE;
            case "delete":
                return DELETE;
            case "upsert":
                return UPSERT;
            case "restore":
                return RESTORE;
            case "archive":
                return ARCHIVE;
            case "approve":
                return APPROVE;
            case "deny":
                return DENY;
            default:
                return new AuditAction(value, null);
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
        return o instanceof AuditAction && ((AuditAction) o).value.equals(value);
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
