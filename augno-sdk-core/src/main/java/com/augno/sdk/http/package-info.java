/**
 * The transport's public types: {@link com.augno.sdk.http.ApiRequest} (the generic escape hatch
 * {@code AugnoClient.request(...)} for endpoints without a typed service), {@link
 * com.augno.sdk.http.RequestOptions} (per-request timeout, retries, idempotency key, headers),
 * {@link com.augno.sdk.http.Page} and {@link com.augno.sdk.http.AutoPager} (pagination), {@link
 * com.augno.sdk.http.ApiResponse} and {@link com.augno.sdk.http.ResponseHeaders} (raw status and
 * headers: request id, {@code RateLimit-*}, {@code Idempotent-Replayed}), and {@link
 * com.augno.sdk.http.Sleeper} (injectable waits for tests).
 */
@NullMarked
package com.augno.sdk.http;

import org.jspecify.annotations.NullMarked;
