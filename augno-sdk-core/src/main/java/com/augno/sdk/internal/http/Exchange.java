package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiError;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.observability.RequestFinished;
import com.augno.sdk.observability.RequestStarted;
import com.augno.sdk.observability.RetryReason;
import com.augno.sdk.secrets.ApiKey;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The state of one logical call as it passes through the {@link Transport}'s stages: what
 * is sent (fixed for the call), the retry budget and key in use (changing per attempt), and what the
 * current attempt got. One per call, confined to the calling thread; the stages themselves are
 * shared and stateless, so a call allocates this and nothing else the old single loop did not.
 */
final class Exchange {
    static final byte[] NO_BYTES = new byte[0];

    // The call: fixed.
    final ClientConfig config;
    final @Nullable Listeners listeners;
    final String operation;
    final String uriTemplate;
    final HttpMethod method;
    final HttpUrl url;
    /** The URL's encoded path, for messages and logs: made when first needed, not per call. */
    private @Nullable String path;

    final byte @Nullable [] body;
    /** The content type of a raw body (the favicon upload); null for the usual JSON body. */
    @Nullable
    MediaType rawBodyType;

    final RequestOptions options;
    final JavaType type;
    final int maxRetries;
    final Duration attemptTimeout;
    final @Nullable Instant deadline;

    @Nullable
    String idempotencyKey;

    // Across attempts.
    ApiKey key;
    boolean keyRefetched;
    int retries;
    int attempt;

    // The current attempt: reset by the attempt stage.
    @Nullable
    RequestStarted observed;

    long startedNanos;
    /** Set when no response came (connection failure or timeout). */
    @Nullable
    IOException noResponse;
    /** Set when a 2xx response's body broke off or timed out while read. */
    @Nullable
    IOException bodyBroke;

    int status;

    @Nullable
    ResponseHeaders headers;

    byte[] bytes = NO_BYTES;

    @Nullable
    ApiError error;

    @Nullable
    AugnoApiException failure;

    @Nullable
    Duration retryAfter;
    /** The decoded body of a 2xx answer. */
    @Nullable
    Object result;

    Exchange(
            ClientConfig config,
            @Nullable Listeners listeners,
            String operation,
            String uriTemplate,
            HttpMethod method,
            HttpUrl url,
            byte @Nullable [] body,
            RequestOptions options,
            JavaType type,
            ApiKey key) {
        this.config = config;
        this.listeners = listeners;
        this.operation = operation;
        this.uriTemplate = uriTemplate;
        this.method = method;
        this.url = url;
        this.body = body;
        this.options = options;
        this.type = type;
        this.maxRetries = options.maxRetries().orElse(config.maxRetries());
        this.attemptTimeout = options.timeout().orElse(config.timeout());
        Duration d = options.deadline().orElse(null);
        this.deadline = d == null ? null : config.clock().instant().plus(d);
        this.key = key;
    }

    /** Returns the URL's encoded path (for messages and logs). */
    String path() {
        String p = path;
        if (p == null) {
            p = url.encodedPath();
            path = p;
        }
        return p;
    }

    /** The headers of the current attempt's response; only after one came. */
    ResponseHeaders headers() {
        ResponseHeaders h = headers;
        if (h == null) {
            throw new IllegalStateException("no response yet");
        }
        return h;
    }

    /** The error code of the current attempt's error answer, or null. */
    @Nullable
    String errorCode() {
        ApiError e = error;
        return e == null ? null : e.code().orElse(null);
    }

    /** Whether waiting {@code wait} still ends before the call's deadline (true without one). */
    boolean fitsDeadline(Duration wait) {
        return deadline == null || config.clock().instant().plus(wait).isBefore(deadline);
    }

    /** This attempt's timeout: the per-attempt timeout, cut to what is left of the deadline. */
    long attemptTimeoutMillis() {
        long ms = attemptTimeout.toMillis();
        if (deadline != null) {
            long left = Duration.between(config.clock().instant(), deadline).toMillis();
            ms = Math.min(ms, Math.max(1, left));
        }
        return Math.max(1, ms);
    }

    /** Waits before the next attempt with the configured sleeper. */
    void sleep(Duration wait) {
        try {
            config.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Interrupted while waiting to retry " + method + " " + path(), null);
        }
    }

    /** Tells the listeners the current attempt ended; does nothing when none is set. */
    void finished(
            int status, @Nullable ResponseHeaders headers, @Nullable String errorCode, @Nullable RetryReason why) {
        Listeners l = listeners;
        RequestStarted started = observed;
        if (started == null || l == null) {
            return;
        }
        RequestFinished.Builder b = RequestFinished.builder(started)
                .duration(Duration.ofNanos(System.nanoTime() - startedNanos))
                .requestId(headers == null ? null : headers.requestId().orElse(null))
                .errorCode(errorCode)
                .retryReason(why);
        if (status > 0) {
            b.status(status);
        }
        l.onRequestFinished(b.build());
    }
}
