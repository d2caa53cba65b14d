package com.augno.sdk.http;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An object sent inside a request body (an address, a quantity, a line of a bulk upsert): the
 * generated input classes implement it so that the SDK can write them.
 */
public interface RequestInput {
    /**
     * Returns the fields that were set, keyed by wire name; a cleared field maps to {@code null}
     * (sent as JSON {@code null}).
     */
    Map<String, @Nullable Object> wireValues();
}
