package com.augno.sdk.secrets;

/** The answer of {@link WritableSecretStore#canWrite()}. */
public enum WriteAccess {
    /** The store confirmed that these credentials may write the secret. */
    YES,
    /** The store confirmed that they may not, or the reference cannot be written (pinned). */
    NO,
    /** The store cannot tell without writing (e.g. AWS without a policy simulator). */
    UNKNOWN
}
