/**
 * Key lifecycle for ops: {@link com.augno.sdk.keys.KeyRotator} (scheduled overlap rotation,
 * emergency rotation, revocation, rotation status) and {@link com.augno.sdk.keys.KeyAuditor} (who
 * can manage keys, unused and unexpiring keys, misuse signs in request logs and audit events).
 * Both need an admin-capable {@link com.augno.sdk.AugnoClient}: key management is open only to
 * callers whose role type is {@code admin}.
 */
@NullMarked
package com.augno.sdk.keys;

import org.jspecify.annotations.NullMarked;
