package com.augno.sdk.gatecheck;

import org.jspecify.annotations.Nullable;

/** Dereferences a nullable value: NullAway must reject this. */
public final class Violation {
    private Violation() {}

    /** Returns the length of a value that may be null. */
    public static int length(@Nullable String value) {
        return value.length();
    }
}
