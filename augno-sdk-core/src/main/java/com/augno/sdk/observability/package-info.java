/**
 * Observability without extra dependencies: {@link com.augno.sdk.observability.AugnoListener}, set
 * with {@code AugnoClient.Builder.listener(...)}, receives immutable, redacted facts about each
 * request attempt ({@link com.augno.sdk.observability.RequestStarted}, {@link
 * com.augno.sdk.observability.RequestFinished}), the key cache ({@link
 * com.augno.sdk.observability.KeyCacheEvent}) and runtime-guard warnings; {@link
 * com.augno.sdk.observability.KeyCacheStatus} is a snapshot of the key cache for health checks
 * ({@code AugnoClient.keyCacheStatus()}). No event carries the key, a URL query or a body.
 */
@NullMarked
package com.augno.sdk.observability;

import org.jspecify.annotations.NullMarked;
