package com.augno.sdk.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not API. Sets Jackson up on a background thread while a new client builds its HTTP client, so
 * that the first call does not pay for the two one after the other.
 *
 * <p>Why: building the SDK's mapper and introspecting the first model is the largest single cost of
 * a cold start (about 200 ms of CPU on a small server), and the calling thread spends a similar
 * time loading OkHttp before it needs JSON at all. On two or more CPUs the two run side by side
 * (Spring Boot's background pre-initialiser does the same for its own libraries). The warm-up
 * decodes {@link WarmUpSample}, a private model shaped as the generated ones, so it loads no
 * service's classes; it touches no secret and no network.
 *
 * <p>At most once per JVM, on one short-lived daemon thread named {@value #THREAD_NAME}; skipped on a
 * single CPU, where it could only delay the caller. It never fails the caller: if anything goes
 * wrong, the caller's own first use of JSON meets the same problem and reports it. The JVM
 * guarantees that a class being initialised on one thread is waited for, not initialised twice,
 * so a call that needs JSON before the warm-up ends simply waits for what remains of it.
 */
public final class JsonWarmUp {
    /** The thread's name. */
    public static final String THREAD_NAME = "augno-json-warm-up";

    private static final JsonWarmUp ONCE = new JsonWarmUp();

    private final AtomicBoolean started = new AtomicBoolean();

    JsonWarmUp() {}

    /** Starts the warm-up, unless it has started before in this JVM or there is only one CPU. */
    public static void start() {
        ONCE.start(Runtime.getRuntime().availableProcessors(), new DaemonThreads());
    }

    /**
     * Starts the warm-up on a thread from {@code threads}; returns whether it did. Not again once
     * started (even if the thread could not be made), and not at all on fewer than 2 CPUs.
     */
    boolean start(int processors, ThreadFactory threads) {
        if (processors < 2 || !started.compareAndSet(false, true)) {
            return false;
        }
        try {
            threads.newThread(new Task()).start();
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            // No thread to spare (a thread limit, "unable to create native thread"): the caller
            // does the same work when it first needs JSON.
            return false;
        }
    }

    /**
     * Sets the mapper up and decodes {@link WarmUpSample}; returns whether the sample decoded as
     * expected. Never throws.
     */
    static boolean warm() {
        try {
            // As DecodeStage reads a response: bytes, through the cached reader of the type.
            WarmUpSample sample = Json.reader(Json.type(WarmUpSample.class))
                    .readValue(WarmUpSample.JSON.getBytes(StandardCharsets.UTF_8));
            return sample.isTheSample();
        } catch (Exception | LinkageError e) {
            // A broken or too old Jackson: DependencyGuard or the first call reports it, with a message.
            return false;
        }
    }

    /**
     * Makes the warm-up's thread: a daemon named {@value #THREAD_NAME}, which must never keep the JVM
     * alive. A class, not a lambda: no lambda machinery at start-up.
     */
    static final class DaemonThreads implements ThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, THREAD_NAME);
            t.setDaemon(true);
            return t;
        }
    }

    /** The warm-up's body (a class, not a lambda, as above). */
    private static final class Task implements Runnable {
        @Override
        public void run() {
            warm();
        }
    }
}
