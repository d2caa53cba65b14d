package com.augno.sdk.keys;

/** Whether the new key, read back from the store, authenticates with Augno. */
public enum Verification {
    /** A 2xx answer: the key authenticates. */
    AUTHENTICATED,
    /**
     * A 403 {@code insufficient_permissions}: the key authenticates but its role may not read key
     * records (a scoped key). This proves the key works as well.
     */
    AUTHENTICATED_SCOPED,
    /** The store returned another value, or Augno refused the key: see the report's detail. */
    FAILED
}
