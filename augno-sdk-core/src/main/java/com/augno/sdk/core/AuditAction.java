package com.augno.sdk.core;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What happened to an audited record.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class AuditAction extends OpenEnum<AuditAction.Known> {
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
    public static final AuditAction CREATE = new AuditAction("create");

    /** The audit action {@code update}. */
    public static final AuditAction UPDATE = new AuditAction("update");

    /** The audit action {@code delete}. */
    public static final AuditAction DELETE = new AuditAction("delete");

    /** The audit action {@code upsert}. */
    public static final AuditAction UPSERT = new AuditAction("upsert");

    /** The audit action {@code restore}. */
    public static final AuditAction RESTORE = new AuditAction("restore");

    /** The audit action {@code archive}. */
    public static final AuditAction ARCHIVE = new AuditAction("archive");

    /** The audit action {@code approve}. */
    public static final AuditAction APPROVE = new AuditAction("approve");

    /** The audit action {@code deny}. */
    public static final AuditAction DENY = new AuditAction("deny");

    private AuditAction(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the audit action for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AuditAction of(String value) {
        return new AuditAction(value);
    }
}
