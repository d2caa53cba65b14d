package com.augno.sdk.testing;

import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The faults queued for one kind of {@link InMemorySecretStore} call (fetches or puts): each
 * {@link StoreFault} applies to its next {@link StoreFault#timesLimit()} calls (or every call), in
 * the order queued; and what a fault does to the call. Not thread-safe: the store guards it.
 */
final class InjectedFaults {
    private final Deque<Active> queue = new ArrayDeque<>();

    void add(StoreFault fault) {
        queue.addLast(new Active(fault));
    }

    void clear() {
        queue.clear();
    }

    /** Returns the fault for the next call and counts it, or null when none is queued. */
    @Nullable
    StoreFault take() {
        Active active = queue.peekFirst();
        if (active == null) {
            return null;
        }
        if (active.remaining > 0) {
            active.remaining--;
            if (active.remaining == 0) {
                queue.removeFirst();
            }
        }
        return active.fault;
    }

    /**
     * Throws the store error of {@code fault}, or waits for a slow one; returns for a fault that
     * changes the answer instead ({@link StoreFault.Kind#GARBAGE}), which the store applies.
     */
    static void apply(StoreFault fault, String description, InMemorySecretStore.Sleeper sleeper) {
        switch (fault.kind()) {
            case SLOW:
                try {
                    sleeper.sleep(fault.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SecretUnavailableException(description, "interrupted while the store was slow", e);
                }
                return;
            case UNAVAILABLE:
                throw new SecretUnavailableException(description, "the store is unavailable (injected fault)");
            case ACCESS_DENIED:
                throw new SecretAccessDeniedException(description, "access denied (injected fault)");
            case NOT_FOUND:
                throw new SecretNotFoundException(description, "secret not found (injected fault)");
            case DISABLED_VERSION:
                throw new SecretProviderException(
                        description,
                        "the current version is disabled (injected fault): enable it, or add a new" + " version");
            case GARBAGE:
            default:
                return;
        }
    }

    /** A queued fault and how many more calls it applies to (negative: every call). */
    private static final class Active {
        final StoreFault fault;
        int remaining;

        Active(StoreFault fault) {
            this.fault = fault;
            this.remaining = fault.timesLimit();
        }
    }
}
