package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ResponseTooLargeException;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.observability.RequestStarted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
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
 * Not API. Sends one attempt: builds the request (headers, the current key), runs it on OkHttp
 * within the attempt's timeout, and reads the answer into the {@link Exchange}: status, headers and
 * a body of at most the client's limit, or the I/O failure. Tells the listeners the attempt
 * started. Never retries or maps errors: later stages do.
 */
final class AttemptStage implements Stage {
    // The transport's logger name, kept for every stage: users' logging configurations name it.
    static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int BODY_LOG_LIMIT = 10_000;

    private final Call.Factory http;
    private final long maxBodyBytes;
    private final RequestHeaderTemplate headerTemplate;

    AttemptStage(Call.Factory http, long maxBodyBytes, RequestHeaderTemplate headerTemplate) {
        this.http = http;
        this.maxBodyBytes = maxBodyBytes;
        this.headerTemplate = headerTemplate;
    }

    @Override
    public Verdict handle(Exchange x) {
        x.attempt++;
        x.noResponse = null;
        x.bodyBroke = null;
        x.headers = null;
        x.error = null;
        x.failure = null;
        x.retryAfter = null;
        x.status = 0;
        x.bytes = Exchange.NO_BYTES;
        Request httpRequest = buildRequest(x);
        x.startedNanos = System.nanoTime();
        x.observed = null;
        Listeners l = x.listeners;
        if (l != null) {
            RequestStarted observed = RequestStarted.of(x.operation, x.method, x.uriTemplate, x.attempt);
            x.observed = observed;
            l.onRequestStarted(observed);
        }
        Call call = http.newCall(httpRequest);
        long timeoutMillis = x.attemptTimeoutMillis();
        call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        if (timeoutMillis > WatchdogKeepAlive.PERIOD_MILLIS) {
            WatchdogKeepAlive.INSTANCE.beforeCall(); // no watchdog wake-up per call: see there
        }
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ApiConnectionException(x.method + " " + x.path() + " was interrupted", null);
            }
            x.noResponse = e;
            return Verdict.NEXT;
        }
        try (Response r = response) {
            read(x, r);
        }
        return Verdict.NEXT;
    }

    private void read(Exchange x, Response r) {
        int status = r.code();
        // One copy of OkHttp's headers (the view walks them), not toMultimap() and then a copy of it.
        ResponseHeaders headers = ResponseHeaders.of(new OkHttpHeaderMap(r.headers()));
        x.status = status;
        x.headers = headers;
        if (LOG.isDebugEnabled()) { // else the arguments (an array, boxed numbers) are not built
            LOG.debug(
                    "{} {} -> {} (request {}, attempt {}/{}, {} ms, key {})",
                    x.method,
                    x.path(),
                    status,
                    headers.requestId().orElse("-"),
                    x.attempt,
                    x.maxRetries + 1,
                    elapsedMillis(x.startedNanos),
                    x.key.redacted());
        }
        boolean ok = status >= 200 && status < 300;
        byte[] bytes;
        try {
            bytes = readBody(r, maxBodyBytes);
        } catch (IOException e) {
            if (ok) {
                // The body broke off mid-read, or the attempt's timeout fired while it was read
                // (headers then silence, or a trickle): no usable answer; a later stage retries it
                // like a lost response.
                x.bodyBroke = e;
                return;
            }
            bytes = Exchange.NO_BYTES;
        }
        if (bytes == null) {
            if (ok) {
                String requestId = headers.requestId().orElse(null);
                throw new ResponseTooLargeException(
                        x.method + " " + x.path() + " -> " + status + ": the response body is larger than "
                                + maxBodyBytes + " bytes, the most the SDK reads"
                                + (requestId == null ? "" : " (request " + requestId + ")")
                                + ". For a list, ask for smaller pages (limit).",
                        status,
                        requestId,
                        maxBodyBytes);
            }
            bytes = Exchange.NO_BYTES; // an oversized error body: map the error by its status
        }
        if (x.config.logBodies()) {
            logBody(x.config, "response", x.method, x.path(), bytes);
        }
        x.bytes = bytes;
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

    private Request buildRequest(Exchange x) {
        Request.Builder b = new Request.Builder().url(x.url);
        headerTemplate.addTo(b, x.key, x.idempotencyKey, x.options.headers());
        HttpMethod method = x.method;
        byte[] body = x.body;
        RequestBody requestBody = null;
        if (body != null) {
            MediaType raw = x.rawBodyType;
            requestBody = RequestBody.create(body, raw != null ? raw : JSON);
        } else if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            requestBody = RequestBody.create(new byte[0], null);
        }
        return b.method(method.name(), requestBody).build();
    }

    /** Logs a body at DEBUG, key-shaped text redacted, when the client logs bodies. */
    static void logBody(ClientConfig config, String what, HttpMethod method, String path, byte[] bytes) {
        if (config.logBodies() && LOG.isDebugEnabled()) {
            String text = new String(bytes, 0, Math.min(bytes.length, BODY_LOG_LIMIT), StandardCharsets.UTF_8);
            LOG.debug(
                    "{} {} {} body ({} bytes, key-shaped text redacted): {}",
                    method,
                    path,
                    what,
                    bytes.length,
                    Redactor.redact(text));
        }
    }

    static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
