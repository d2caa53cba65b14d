package com.augno.sdk.internal.secrets;

import org.jspecify.annotations.Nullable;

/**
 * Not API. Walks an exception's cause chain for the store providers' error mappers: at most {@link
 * #MAX_DEPTH} links, so a chain with a cycle (some client libraries build them) ends.
 */
public final class Causes {
    /** The most links of a cause chain looked at. */
    public static final int MAX_DEPTH = 16;

    private Causes() {}

    /** Returns the first throwable in {@code t}'s chain (itself included) of {@code type}, or null. */
    public static <T extends Throwable> @Nullable T find(Throwable t, Class<T> type) {
        Throwable cur = t;
        for (int depth = 0; cur != null && depth < MAX_DEPTH; depth++, cur = cur.getCause()) {
            if (type.isInstance(cur)) {
                return type.cast(cur);
            }
        }
        return null;
    }

    /**
     * Returns {@code t} to keep as a cause, or null when a message in its chain may hold an API key
     * (a store's error can echo what it was sent). Broader than {@link com.augno.sdk.secrets.KeyShapes#looksLikeKey}: any
     * {@code _sk_}, even a bare prefix of a brand not yet known, drops the chain; losing a cause
     * costs a diagnosis, keeping a key costs a leak.
     */
    public static @Nullable Throwable safeCause(Throwable t) {
        Throwable cur = t;
        for (int depth = 0; cur != null && depth < MAX_DEPTH; depth++, cur = cur.getCause()) {
            String m = cur.getMessage();
            if (m != null && m.contains("_sk_")) {
                return null;
            }
        }
        return t;
    }
}
