package com.augno.sdk.keys;

/** How a rotation treats the old key. */
public enum RotationKind {
    /** The old key keeps working for an overlap window ({@code revoke_at}), so no client fails. */
    SCHEDULED,
    /** The old key is revoked at once: for a key that may be exposed. */
    EMERGENCY
}
