package com.augno.sdk.internal.secrets;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the SDK client of a cloud secret store ({@code aws-sm}, {@code gcp-sm}), held the same
 * way by both: either created at the first call (never when the provider is built, so building
 * contacts nothing), once, and closed with the provider; or given by the caller, used as it is and
 * never closed.
 *
 * <p>Thread-safe. Concurrent first calls create one client. A creation that throws (no region, no
 * credentials) leaves nothing behind, and the next call tries again. After {@link #close()},
 * {@link #get()} throws {@link IllegalStateException}; a call already holding the client when
 * another thread closes it may fail in the cloud SDK, which the provider maps as any other failure.
 *
 * @param <C> the client type, or a small record of the client and what must be closed with it
 */
public final class LazyStoreClient<C> {
    /** Creates the client; may throw, e.g. a {@code ConfigurationException} naming what is missing. */
    @FunctionalInterface
    public interface Factory<C> {
        /** Returns a new client. */
        C create();
    }

    /** Closes a client this holder created. */
    @FunctionalInterface
    public interface Closer<C> {
        /** Closes {@code client} and what it owns. */
        void close(C client);
    }

    private final String source;
    private final @Nullable Factory<C> factory;
    private final @Nullable Closer<C> closer;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger created = new AtomicInteger();
    private volatile @Nullable C client;
    private volatile boolean closed;

    private LazyStoreClient(
            String source, @Nullable Factory<C> factory, @Nullable Closer<C> closer, @Nullable C client) {
        this.source = Objects.requireNonNull(source, "source == null");
        this.factory = factory;
        this.closer = closer;
        this.client = client;
    }

    /**
     * Returns a holder that creates its client with {@code factory} at the first {@link #get()} and
     * closes it with {@code closer} on {@link #close()}.
     *
     * @param source the provider's log-safe description, for the closed error
     */
    public static <C> LazyStoreClient<C> creating(String source, Factory<C> factory, Closer<C> closer) {
        return new LazyStoreClient<>(
                source,
                Objects.requireNonNull(factory, "factory == null"),
                Objects.requireNonNull(closer, "closer == null"),
                null);
    }

    /** Returns a holder of a caller's client, which {@link #close()} leaves open. */
    public static <C> LazyStoreClient<C> supplied(String source, C client) {
        return new LazyStoreClient<>(source, null, null, Objects.requireNonNull(client, "client == null"));
    }

    /**
     * Returns the client, creating it on the first call.
     *
     * @throws IllegalStateException after {@link #close()}; the message names the provider
     * @throws RuntimeException whatever the factory throws (nothing is kept; the next call retries)
     */
    public C get() {
        C c = client;
        // closed is set before the client is closed, so a client read before it is still open here.
        if (c != null && !closed) {
            return c;
        }
        lock.lock();
        try {
            if (closed) {
                throw closedError();
            }
            c = client;
            if (c == null) {
                c = Objects.requireNonNull(Objects.requireNonNull(factory).create(), "factory returned null");
                created.incrementAndGet();
                client = c;
            }
            return c;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the client if this holder created it (a supplied client stays open); later calls of
     * {@link #get()} throw. Closing again does nothing. Waits for a creation in progress, then closes
     * what it created.
     */
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            C c = client;
            client = null;
            if (c != null && closer != null) {
                closer.close(c);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Returns true once {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Returns how many clients this holder created: 0 or 1 (a supplied client does not count). */
    public int createdCount() {
        return created.get();
    }

    private IllegalStateException closedError() {
        return new IllegalStateException(
                "The secret provider " + source + " is closed; create a new provider to read or write the secret.");
    }
}
