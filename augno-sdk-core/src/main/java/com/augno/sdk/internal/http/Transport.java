package com.augno.sdk.internal.http;

import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.RawBody;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.internal.observability.Listeners;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Sends one logical call through a chain of small stages, in the manner of OkHttp's
 * interceptors, each attempt passing through them in order:
 *
 * <ol>
 *   <li>{@link IdempotencyStage}: one {@code Idempotency-Key} per call, the same for every attempt;
 *   <li>{@link AttemptStage}: the request (headers, the current key) on OkHttp with redirects off,
 *       the answer read within the body limit;
 *   <li>{@link LostResponseStage}: retry decision when no usable answer came;
 *   <li>{@link DecodeStage}: a 2xx body decoded, the call answered;
 *   <li>{@link ErrorStage}: an error answer parsed and mapped;
 *   <li>{@link KeyRefetchStage}: the 401 key-refetch path, at most once;
 *   <li>{@link StatusRetryStage}: retry decision by {@link RetryPolicy}, else the mapped error.
 * </ol>
 *
 * <p>The stages are created once per client and hold no call state; a call's state is its one
 * {@link Exchange}. Thread-safe.
 */
final class Transport {
    /**
     * The largest response body read: far above a page of 1000 items, small enough that a broken
     * server or proxy cannot exhaust the heap.
     */
    static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

    private final ClientConfig config;
    private final RequestUrls urls;
    private final KeySource keys;
    private final @Nullable Listeners listeners;
    private final Stage[] chain;

    Transport(
            ClientConfig config, Call.Factory http, KeySource keys, @Nullable Listeners listeners, long maxBodyBytes) {
        this.config = config;
        this.urls = new RequestUrls(config.baseUrl());
        this.keys = keys;
        this.listeners = listeners;
        this.chain = new Stage[] {
            IdempotencyStage.INSTANCE,
            new AttemptStage(http, maxBodyBytes, new RequestHeaderTemplate(config)),
            LostResponseStage.INSTANCE,
            DecodeStage.INSTANCE,
            ErrorStage.INSTANCE,
            new KeyRefetchStage(keys),
            StatusRetryStage.INSTANCE
        };
    }

    ClientConfig config() {
        return config;
    }

    /** Returns the absolute URL of a request: the base URL, the path, the query. */
    HttpUrl urlFor(ApiRequest request) {
        return urls.urlFor(request);
    }

    <T> ApiResponse<T> send(ApiRequest request, JavaType type) {
        return send(
                request.operationName(),
                request.uriTemplate(),
                request.method(),
                urlFor(request),
                request.body(),
                request.options(),
                type);
    }

    <T> ApiResponse<T> send(
            String operation,
            String uriTemplate,
            HttpMethod method,
            HttpUrl url,
            @Nullable Object body,
            RequestOptions options,
            JavaType type) {
        // A raw body (the favicon upload) goes out as it is, with its own content type.
        byte[] bodyBytes = body instanceof RawBody raw ? raw.bytes() : encodeBody(method, url, body);
        Exchange x = new Exchange(
                config, listeners, operation, uriTemplate, method, url, bodyBytes, options, type, keys.currentKey());
        if (body instanceof RawBody raw) {
            x.rawBodyType = MediaType.get(raw.contentType());
        }
        while (true) {
            if (run(x) == Stage.Verdict.DONE) {
                @SuppressWarnings("unchecked") // DecodeStage read the body as `type`, the caller's T
                T data = (T) java.util.Objects.requireNonNull(x.result);
                return ApiResponse.of(x.status, x.headers(), data);
            }
        }
    }

    /** Runs one attempt through the chain; returns DONE or RETRY (a stage that ends the call throws). */
    private Stage.Verdict run(Exchange x) {
        for (Stage stage : chain) {
            Stage.Verdict v = stage.handle(x);
            if (v != Stage.Verdict.NEXT) {
                return v;
            }
        }
        throw new IllegalStateException("no stage decided " + x.method + " " + x.path());
    }

    private byte @Nullable [] encodeBody(HttpMethod method, HttpUrl url, @Nullable Object body) {
        if (body == null) {
            return null;
        }
        try {
            byte[] bytes = Json.mapper().writeValueAsBytes(body);
            if (config.logBodies()) {
                AttemptStage.logBody(config, "request", method, url.encodedPath(), bytes);
            }
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + method + " " + url.encodedPath() + " (a "
                    + body.getClass().getName() + ") cannot be written as JSON: "
                    + e.getClass().getSimpleName());
        }
    }
}
