package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiError;
import com.augno.sdk.errors.ApiTimeoutException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.errors.ResponseTooLargeException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.RawBody;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.internal.json.Checks;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.observability.RequestFinished;
import com.augno.sdk.observability.RequestStarted;
import com.augno.sdk.observability.RetryReason;
import com.augno.sdk.secrets.ApiKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. Sends one logical call: builds each attempt (headers, the current key), runs it on OkHttp
 * with redirects off, decodes 2xx bodies, maps errors, retries by {@link RetryPolicy} with one
 * {@code Idempotency-Key} per call, and takes the 401 key-refetch path at most once. Thread-safe;
 * all retry state is local to a call.
 */
final class Transport {
    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    private static final int BODY_LOG_LIMIT = 10_000;

    /**
     * The largest response body read: far above a page of 1000 items, small enough that a broken
     * server or proxy cannot exhaust the heap.
     */
    static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

    private final ClientConfig config;
    private final Call.Factory http;
    private final KeySource keys;
    private final @Nullable Listeners listeners;
    private final long maxBodyBytes;

    Transport(
            ClientConfig config, Call.Factory http, KeySource keys, @Nullable Listeners listeners, long maxBodyBytes) {
        this.config = config;
        this.http = http;
        this.keys = keys;
        this.listeners = listeners;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Returns the body, or null when it is longer than {@code limit} bytes (read no further). */
    private static byte @Nullable [] readBody(Response response, long limit) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > limit) {
            return null;
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            return null;
        }
        return source.readByteArray();
    }

    ClientConfig config() {
        return config;
    }

    /** Returns the absolute URL of a request: the base URL, the path, the query. */
    HttpUrl urlFor(ApiRequest request) {
        HttpUrl.Builder b = config.baseUrl()
                .newBuilder()
                .addEncodedPathSegments(request.encodedPath().substring(1));
        for (Map.Entry<String, String> q : request.query()) {
            b.addQueryParameter(q.getKey(), q.getValue());
        }
        return b.build();
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
        String path = url.encodedPath();
        // A raw body (the favicon upload) goes out as it is, with its own content type.
        byte[] bodyBytes = body instanceof RawBody raw ? raw.bytes() : encodeBody(method, path, body);
        MediaType bodyType = body instanceof RawBody raw ? MediaType.get(raw.contentType()) : JSON;
        int maxRetries = options.maxRetries().orElse(config.maxRetries());
        Duration attemptTimeout = options.timeout().orElse(config.timeout());
        Instant deadline =
                options.deadline().map(d -> config.clock().instant().plus(d)).orElse(null);
        String idempotencyKey = null;
        if (method.isIdempotencyKeyed()) {
            idempotencyKey = options.idempotencyKey().orElseGet(() -> headerIgnoringCase(options, "Idempotency-Key"));
            if (idempotencyKey == null) {
                idempotencyKey = UUID.randomUUID().toString();
            }
        }

        ApiKey key = keys.currentKey();
        boolean keyRefetched = false;
        int retries = 0;
        int attempt = 0;
        while (true) {
            attempt++;
            Request httpRequest = buildRequest(method, url, bodyBytes, bodyType, options, key, idempotencyKey);
            long started = System.nanoTime();
            RequestStarted observed = null;
            Listeners l = listeners;
            if (l != null) {
                observed = RequestStarted.of(operation, method, uriTemplate, attempt);
                l.onRequestStarted(observed);
            }
            Call call = http.newCall(httpRequest);
            call.timeout().timeout(attemptTimeoutMillis(attemptTimeout, deadline), TimeUnit.MILLISECONDS);
            Response response;
            try {
                response = call.execute();
            } catch (IOException e) {
                long ms = elapsedMillis(started);
                if (Thread.currentThread().isInterrupted()) {
                    throw new ApiConnectionException(method + " " + path + " was interrupted", null);
                }
                boolean timeout = e instanceof InterruptedIOException;
                String what = timeout
                        ? "timed out after " + ms + " ms"
                        : "failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                                + BaseUrls.otherHostHint(e, url.host());
                log.debug(
                        "{} {} -> no response ({}; attempt {}/{}, {} ms, key {})",
                        method,
                        path,
                        Redactor.redact(what),
                        attempt,
                        maxRetries + 1,
                        ms,
                        key.redacted());
                AugnoException failure = timeout
                        ? new ApiTimeoutException(method + " " + path + " " + what + " (attempt " + attempt + ")", null)
                        : new ApiConnectionException(
                                method + " " + path + " " + Redactor.redact(what) + " (attempt " + attempt + ")", null);
                if (retries < maxRetries) {
                    Duration wait = RetryPolicy.backoff(retries);
                    if (fitsDeadline(wait, deadline)) {
                        retries++;
                        log.warn(
                                "Retrying {} {} in {} ms after no response ({}); retry {} of {}",
                                method,
                                path,
                                wait.toMillis(),
                                timeout ? "timeout" : e.getClass().getSimpleName(),
                                retries,
                                maxRetries);
                        finished(
                                observed,
                                0,
                                started,
                                null,
                                null,
                                timeout ? RetryReason.TIMEOUT : RetryReason.CONNECTION_FAILURE);
                        sleep(wait, method, path);
                        continue;
                    }
                }
                finished(observed, 0, started, null, null, null);
                log.warn("{} {} failed after {} attempt(s): {}", method, path, attempt, failure.getMessage());
                throw failure;
            }

            try (Response r = response) {
                int status = r.code();
                ResponseHeaders headers = headersOf(r.headers());
                log.debug(
                        "{} {} -> {} (request {}, attempt {}/{}, {} ms, key {})",
                        method,
                        path,
                        status,
                        headers.requestId().orElse("-"),
                        attempt,
                        maxRetries + 1,
                        elapsedMillis(started),
                        key.redacted());
                byte[] bytes;
                try {
                    bytes = readBody(r, maxBodyBytes);
                } catch (IOException e) {
                    if (status >= 200 && status < 300) {
                        // The body broke off mid-read, or the attempt's timeout fired while it was
                        // read (headers then silence, or a trickle): no usable answer; retry like a
                        // lost response. A timeout is reported as one, as the error table promises.
                        boolean timeout = e instanceof InterruptedIOException;
                        String what = timeout
                                ? ": the response body did not arrive in time (timed out after "
                                        + elapsedMillis(started) + " ms, attempt " + attempt + ")"
                                : ": the response body broke off ("
                                        + e.getClass().getSimpleName() + ")";
                        AugnoException failure = timeout
                                ? new ApiTimeoutException(method + " " + path + " -> " + status + what, null)
                                : new ApiConnectionException(method + " " + path + " -> " + status + what, null);
                        if (retries < maxRetries && fitsDeadline(RetryPolicy.backoff(retries), deadline)) {
                            Duration wait = RetryPolicy.backoff(retries);
                            retries++;
                            log.warn(
                                    "Retrying {} {} in {} ms after a truncated response; retry {} of {}",
                                    method,
                                    path,
                                    wait.toMillis(),
                                    retries,
                                    maxRetries);
                            finished(observed, status, started, headers, null, RetryReason.TRUNCATED_BODY);
                            sleep(wait, method, path);
                            continue;
                        }
                        finished(observed, status, started, headers, null, null);
                        log.warn("{} {} failed after {} attempt(s): {}", method, path, attempt, failure.getMessage());
                        throw failure;
                    }
                    bytes = new byte[0];
                }
                if (bytes == null) {
                    if (status >= 200 && status < 300) {
                        String requestId = headers.requestId().orElse(null);
                        throw new ResponseTooLargeException(
                                method + " " + path + " -> " + status + ": the response body is larger than "
                                        + maxBodyBytes + " bytes, the most the SDK reads"
                                        + (requestId == null ? "" : " (request " + requestId + ")")
                                        + ". For a list, ask for smaller pages (limit).",
                                status,
                                requestId,
                                maxBodyBytes);
                    }
                    bytes = new byte[0]; // an oversized error body: map the error by its status
                }
                logBody("response", method, path, bytes);
                if (status >= 200 && status < 300) {
                    finished(observed, status, started, headers, null, null);
                    T data = decode(bytes, type, method, path, status, headers);
                    return ApiResponse.of(status, headers, data);
                }

                ApiError error = ErrorMapper.parse(bytes);
                String code = error.code().orElse(null);
                Duration retryAfter = RetryPolicy.retryAfter(headers, config.clock());
                AugnoApiException failure =
                        ErrorMapper.toException(method.name(), path, status, error, headers, retryAfter);

                if (ErrorMapper.isKeyError(status, error) && !keyRefetched) {
                    keyRefetched = true;
                    ApiKey replacement;
                    try {
                        replacement = keys.replacementFor(key);
                    } catch (RuntimeException e) {
                        failure.addSuppressed(e);
                        finished(observed, status, started, headers, code, null);
                        log.warn(
                                "{} {} -> 401 {}: the key {} was refused and refetching it failed ({})",
                                method,
                                path,
                                error.code().orElse("-"),
                                key.redacted(),
                                e.getClass().getSimpleName());
                        throw failure;
                    }
                    if (replacement != null && !replacement.sameKeyAs(key)) {
                        log.warn(
                                "{} {} -> 401 {}: the key {} was refused; retrying once with the refetched key {}",
                                method,
                                path,
                                error.code().orElse("-"),
                                key.redacted(),
                                replacement.redacted());
                        finished(observed, status, started, headers, code, RetryReason.KEY_REJECTED);
                        key = replacement;
                        continue;
                    }
                    log.warn(
                            "{} {} -> 401 {}: the key {} was refused and the secret store still holds it",
                            method,
                            path,
                            error.code().orElse("-"),
                            key.redacted());
                    finished(observed, status, started, headers, code, null);
                    throw failure;
                }

                if (retries < maxRetries && RetryPolicy.shouldRetry(status, error, headers)) {
                    if (retryAfter != null && retryAfter.compareTo(RetryPolicy.MAX_RETRY_AFTER) > 0) {
                        log.warn(
                                "{} {} -> {}: the server asked to wait {} s, longer than the SDK waits; not retrying",
                                method,
                                path,
                                status,
                                retryAfter.toSeconds());
                        finished(observed, status, started, headers, code, null);
                        throw failure;
                    }
                    Duration wait = retryAfter != null ? retryAfter : RetryPolicy.backoff(retries);
                    if (fitsDeadline(wait, deadline)) {
                        retries++;
                        log.warn(
                                "Retrying {} {} in {} ms after HTTP {} {} (request {}); retry {} of {}",
                                method,
                                path,
                                wait.toMillis(),
                                status,
                                error.code().orElse("-"),
                                headers.requestId().orElse("-"),
                                retries,
                                maxRetries);
                        finished(observed, status, started, headers, code, RetryReason.RETRYABLE_STATUS);
                        sleep(wait, method, path);
                        continue;
                    }
                }
                finished(observed, status, started, headers, code, null);
                log.warn("{} {} failed after {} attempt(s): {}", method, path, attempt, failure.getMessage());
                throw failure;
            }
        }
    }

    /** Tells the listeners an attempt ended; does nothing when none is set ({@code started} is null). */
    private void finished(
            @Nullable RequestStarted started,
            int status,
            long startedNanos,
            @Nullable ResponseHeaders headers,
            @Nullable String errorCode,
            @Nullable RetryReason retryReason) {
        Listeners l = listeners;
        if (started == null || l == null) {
            return;
        }
        RequestFinished.Builder b = RequestFinished.builder(started)
                .duration(Duration.ofNanos(System.nanoTime() - startedNanos))
                .requestId(headers == null ? null : headers.requestId().orElse(null))
                .errorCode(errorCode)
                .retryReason(retryReason);
        if (status > 0) {
            b.status(status);
        }
        l.onRequestFinished(b.build());
    }

    private Request buildRequest(
            HttpMethod method,
            HttpUrl url,
            byte @Nullable [] body,
            MediaType bodyType,
            RequestOptions options,
            ApiKey key,
            @Nullable String idempotencyKey) {
        Request.Builder b = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + key.reveal())
                // Both header brands with the same value: the API was renamed OpenMRP; whichever name
                // the gateway reads, it finds the version (and the account).
                .header("OpenMRP-Version", config.apiVersion())
                .header("Augno-Version", config.apiVersion())
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json");
        String account = config.account();
        if (account != null) {
            b.header("OpenMRP-Account", account);
            b.header("Augno-Account", account);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        for (Map.Entry<String, String> h : options.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        RequestBody requestBody = null;
        if (body != null) {
            requestBody = RequestBody.create(body, bodyType);
        } else if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            requestBody = RequestBody.create(new byte[0], null);
        }
        return b.method(method.name(), requestBody).build();
    }

    private byte @Nullable [] encodeBody(HttpMethod method, String path, @Nullable Object body) {
        if (body == null) {
            return null;
        }
        try {
            byte[] bytes = Json.mapper().writeValueAsBytes(body);
            logBody("request", method, path, bytes);
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + method + " " + path + " (a "
                    + body.getClass().getName() + ") cannot be written as JSON: "
                    + e.getClass().getSimpleName());
        }
    }

    private <T> T decode(
            byte[] bytes, JavaType type, HttpMethod method, String path, int status, ResponseHeaders headers) {
        if (bytes.length == 0 && !(method == HttpMethod.DELETE || status == 202 || status == 204)) {
            // Only bodiless answers (deletes, 202, 204) may be empty; an empty list or object
            // elsewhere is a truncated reply, and reading it as {} would silently lose data.
            throw decodeFailure(method, path, status, headers, type, "the body is empty");
        }
        try {
            T value = Json.reader(type).readValue(bytes.length == 0 ? EMPTY_OBJECT : bytes);
            if (value == null) {
                throw decodeFailure(method, path, status, headers, type, "the body is JSON null");
            }
            return value;
        } catch (IOException e) {
            Checks.MissingField missing = Checks.missingField(e);
            if (missing != null) {
                // A required field was absent or null: typed, naming the model and field only.
                throw missing.toException(
                        method + " " + path + " -> " + status,
                        status,
                        headers.requestId().orElse(null));
            }
            // Never Jackson's message or the exception itself: both can quote the body.
            StringBuilder where = new StringBuilder(e.getClass().getSimpleName());
            if (e instanceof JsonProcessingException) {
                var loc = ((JsonProcessingException) e).getLocation();
                if (loc != null) {
                    where.append(" at line ")
                            .append(loc.getLineNr())
                            .append(", column ")
                            .append(loc.getColumnNr());
                }
            }
            if (e instanceof JsonMappingException) {
                StringBuilder jsonPath = new StringBuilder("$");
                for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
                    if (ref.getFieldName() != null) {
                        jsonPath.append('.').append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        jsonPath.append('[').append(ref.getIndex()).append(']');
                    }
                }
                where.append(", path ").append(jsonPath);
            }
            throw decodeFailure(method, path, status, headers, type, where.toString());
        }
    }

    private static ResponseDecodingException decodeFailure(
            HttpMethod method, String path, int status, ResponseHeaders headers, JavaType type, String problem) {
        String requestId = headers.requestId().orElse(null);
        return new ResponseDecodingException(
                method + " " + path + " -> " + status + ": the response body could not be read as "
                        + type.getRawClass().getSimpleName() + " (" + problem + ")"
                        + (requestId == null ? "" : " (request " + requestId + ")")
                        + ". The body is not shown: it may hold a secret.",
                status,
                requestId);
    }

    private void logBody(String what, HttpMethod method, String path, byte[] bytes) {
        if (config.logBodies() && log.isDebugEnabled()) {
            String text = new String(bytes, 0, Math.min(bytes.length, BODY_LOG_LIMIT), StandardCharsets.UTF_8);
            log.debug(
                    "{} {} {} body ({} bytes, key-shaped text redacted): {}",
                    method,
                    path,
                    what,
                    bytes.length,
                    Redactor.redact(text));
        }
    }

    private void sleep(Duration wait, HttpMethod method, String path) {
        try {
            config.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Interrupted while waiting to retry " + method + " " + path, null);
        }
    }

    private boolean fitsDeadline(Duration wait, @Nullable Instant deadline) {
        return deadline == null || config.clock().instant().plus(wait).isBefore(deadline);
    }

    private long attemptTimeoutMillis(Duration attemptTimeout, @Nullable Instant deadline) {
        long ms = attemptTimeout.toMillis();
        if (deadline != null) {
            long left = Duration.between(config.clock().instant(), deadline).toMillis();
            ms = Math.min(ms, Math.max(1, left));
        }
        return Math.max(1, ms);
    }

    private static @Nullable String headerIgnoringCase(RequestOptions options, String name) {
        for (Map.Entry<String, String> h : options.headers().entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    private static ResponseHeaders headersOf(Headers headers) {
        return ResponseHeaders.of(headers.toMultimap());
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
