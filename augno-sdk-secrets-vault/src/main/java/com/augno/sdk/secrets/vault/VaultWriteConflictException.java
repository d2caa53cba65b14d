package com.augno.sdk.secrets.vault;

import com.augno.sdk.errors.SecretProviderException;

/**
 * A write to Vault was refused by check-and-set: another writer stored a new version of the secret
 * after this one read it, so nothing was written (two rotations cannot overwrite each other). Not
 * transient: retrying blindly would overwrite the other writer's key. Read the secret again, find
 * the other writer (a second rotation?), and decide which key stays.
 */
public final class VaultWriteConflictException extends SecretProviderException {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param source the provider's log-safe description
     * @param expectedVersion the version the write expected to replace (0: the secret was absent)
     */
    public VaultWriteConflictException(String source, long expectedVersion) {
        super(
                source,
                "check-and-set refused the write: the secret is no longer at version " + expectedVersion
                        + " (another writer, such as a second rotation, stored a new version after it was read)."
                        + " Nothing was written. Read the secret again and find the other writer before retrying.");
        this.expectedVersion = expectedVersion;
    }

    /** Returns the version the write expected to replace; 0 when it expected the secret to be absent. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
