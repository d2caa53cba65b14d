package com.augno.sdk.observability;

import com.augno.sdk.runtime.RuntimeWarning;

/**
 * Receives what an {@code AugnoClient} does, as redacted facts: each request attempt, the key
 * cache's fetches, refreshes, stale use, 401 recoveries and failures, and runtime-guard warnings.
 * Every method does nothing by default; override the ones you need.
 *
 * <pre>{@code
 * AugnoClient client = AugnoClient.builder()
 *     .secretProvider(SecretProviders.fromEnvironment())
 *     .listener(new AugnoListener() {
 *         @Override
 *         public void onRequestFinished(RequestFinished event) {
 *             log.info("{} -> {} in {} ms", event.operation(), event.status(), event.duration().toMillis());
 *         }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Methods are called on the thread that does the work (request threads for requests, the key
 * cache's thread for fetches), synchronously: keep them quick and non-blocking. Implementations
 * must be safe for concurrent use. An exception a method throws never breaks a call: the SDK
 * catches it and logs the first one at WARN (class name only).
 */
public interface AugnoListener {
    /** Called before each attempt of a request is sent (the first and every retry). */
    default void onRequestStarted(RequestStarted event) {}

    /** Called when an attempt ends: with a response of any status, or without one. */
    default void onRequestFinished(RequestFinished event) {}

    /** Called for each key-cache event (fetch, refresh, key change, stale use, recovery, failure). */
    default void onKeyCacheEvent(KeyCacheEvent event) {}

    /** Called once per client build for each runtime-guard rule that warns without refusing. */
    default void onRuntimeWarning(RuntimeWarning warning) {}
}
