package com.augno.sdk.internal.http;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Not API. Bounds how many calls of one client are in flight at once, and with them its open
 * connections: OkHttp limits only asynchronous calls, so 10,000 (virtual) threads calling {@code
 * execute()} together would open 10,000 connections. A call takes a permit when it starts and gives
 * it back when it has completely ended, its response body read and closed ({@code callEnd} or
 * {@code callFailed}). A call that waits longer than its own timeout for a permit is cancelled, so
 * it fails like a timed-out call instead of waiting for ever.
 *
 * <p>Why an {@link EventListener} and not an interceptor: the listener hears the true end of a call
 * (after the body is consumed) without wrapping the response, so a call allocates only one small
 * listener object. It never reads a request or a header. A {@link Semaphore} (not {@code
 * synchronized}) so that waiting virtual threads do not pin their carriers.
 */
public final class ConcurrencyLimit implements EventListener.Factory {
    /** Calls in flight per client, like OkHttp's own limit for asynchronous calls. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 64;

    private final Semaphore permits;
    private final int max;

    /** Creates a limit of {@code max} calls in flight. */
    public ConcurrencyLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        this.max = max;
        this.permits = new Semaphore(max);
    }

    /** Returns the limit. */
    public int max() {
        return max;
    }

    /** Returns how many calls are in flight now (for tests and health checks). */
    public int inFlight() {
        return max - permits.availablePermits();
    }

    /** Returns whether a call is waiting for a permit (for tests). */
    public boolean hasWaiting() {
        return permits.hasQueuedThreads();
    }

    @Override
    public EventListener create(Call call) {
        return new Permit(permits);
    }

    /** One call's permit: taken at {@code callStart}, returned once at the call's end. */
    private static final class Permit extends EventListener {
        private final Semaphore permits;
        // Written and read on the calling thread (callStart) and on whichever thread ends the call;
        // OkHttp's own hand-offs order the two.
        private volatile boolean held;

        Permit(Semaphore permits) {
            this.permits = permits;
        }

        @Override
        public void callStart(Call call) {
            if (permits.tryAcquire()) {
                held = true;
                return;
            }
            long timeoutNanos = call.timeout().timeoutNanos();
            try {
                held = timeoutNanos > 0 ? permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS) : acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!held) {
                call.cancel(); // execute() then fails with an IOException, like a timeout
            }
        }

        private boolean acquire() throws InterruptedException {
            permits.acquire();
            return true;
        }

        @Override
        public void callEnd(Call call) {
            release();
        }

        @Override
        public void callFailed(Call call, IOException ioe) {
            release();
        }

        private void release() {
            if (held) {
                held = false;
                permits.release();
            }
        }
    }
}
