package com.augno.sdk.secrets.azure.internal;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeader;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Not API. Azure's HTTP client interface on the SDK's own OkHttp, so the Azure module adds no HTTP stack of
 * its own (Azure's OkHttp and JDK adapters are not on Maven Central in versions that converge here,
 * and its default, Netty, would add about a dozen jars).
 *
 * <p>Responses are read whole (Key Vault secrets are at most 25 KB; larger bodies are refused) and
 * redirects are never followed. A call made inside {@link #withDeadline} gets what is left of that
 * deadline as its timeout, so the vault's authentication challenge and the request share one
 * deadline; other calls (token requests on Azure's threads) get the client's call timeout.
 */
public final class OkHttpAzureHttpClient implements HttpClient {
    /** Far above Key Vault's 25 KB secret limit; a bigger body is not a Key Vault answer. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final ThreadLocal<@Nullable Long> DEADLINE_NANOS = new ThreadLocal<>();

    private final OkHttpClient http;
    private final boolean ownsPool;

    /**
     * Wraps a copy of {@code base} (or of a new client when null) with no redirects and these timeouts.
     * A caller's client shares its connection pool and dispatcher with the copy, and {@link #close()}
     * leaves them open.
     */
    public OkHttpAzureHttpClient(@Nullable OkHttpClient base, Duration callTimeout) {
        this.ownsPool = base == null;
        this.http = (base == null ? new OkHttpClient() : base)
                .newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .callTimeout(callTimeout)
                .connectTimeout(min(callTimeout, Duration.ofSeconds(5)))
                .build();
    }

    /** The deadline ran out before or during a call to Key Vault. */
    static final class DeadlineExceededException extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException() {
            super("the call's deadline passed");
        }
    }

    /** Runs {@code call} with every HTTP exchange on this thread bounded by one deadline. */
    public static <T> T withDeadline(Duration timeout, Supplier<T> call) {
        Long outer = DEADLINE_NANOS.get();
        DEADLINE_NANOS.set(System.nanoTime() + timeout.toNanos());
        try {
            return call.get();
        } finally {
            if (outer == null) {
                DEADLINE_NANOS.remove();
            } else {
                DEADLINE_NANOS.set(outer);
            }
        }
    }

    /** Closes the connections and threads of the OkHttp client, unless they are a caller's. */
    public void close() {
        if (ownsPool) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request) {
        return Mono.fromCallable(() -> execute(request));
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request, Context context) {
        return send(request);
    }

    @Override
    public HttpResponse sendSync(HttpRequest request, Context context) {
        try {
            return execute(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse execute(HttpRequest request) throws IOException {
        String method = request.getHttpMethod().name();
        Request.Builder b = new Request.Builder().url(request.getUrl());
        for (HttpHeader h : request.getHeaders()) {
            for (String v : h.getValuesList()) {
                b.addHeader(h.getName(), v);
            }
        }
        BinaryData body = request.getBodyAsBinaryData();
        RequestBody requestBody = null;
        if (body != null) {
            // No media type here: the request's own Content-Type header is sent as it is.
            requestBody = RequestBody.create(body.toBytes(), null);
        } else if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")) {
            requestBody = RequestBody.create(new byte[0], null);
        }
        b.method(method, requestBody);
        Call call = http.newCall(b.build());
        Long deadline = DEADLINE_NANOS.get();
        if (deadline != null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new DeadlineExceededException();
            }
            call.timeout().timeout(left, TimeUnit.NANOSECONDS);
        }
        try (Response response = call.execute()) {
            HttpHeaders headers = new HttpHeaders();
            for (String name : response.headers().names()) {
                headers.set(HttpHeaderName.fromString(name), response.headers(name));
            }
            byte[] bytes = readCapped(response.body().byteStream());
            return new BufferedResponse(request, response.code(), headers, bytes);
        } catch (InterruptedIOException e) {
            if (deadline != null && deadline - System.nanoTime() <= 0) {
                DeadlineExceededException d = new DeadlineExceededException();
                d.initCause(e);
                throw d;
            }
            throw e;
        }
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IOException("the response body exceeds " + MAX_BODY_BYTES + " bytes; not a Key Vault answer");
        }
        return bytes;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A response read whole. */
    private static final class BufferedResponse extends HttpResponse {
        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;

        BufferedResponse(HttpRequest request, int status, HttpHeaders headers, byte[] body) {
            super(request);
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        @SuppressWarnings("deprecation") // the abstract method Azure still requires
        public @Nullable String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return body.length == 0
                    ? Flux.empty()
                    : Flux.just(ByteBuffer.wrap(body).asReadOnlyBuffer());
        }

        @Override
        public BinaryData getBodyAsBinaryData() {
            return BinaryData.fromBytes(body);
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return body.length == 0 ? Mono.empty() : Mono.just(body.clone());
        }

        @Override
        public Mono<String> getBodyAsString() {
            return getBodyAsString(charset());
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return body.length == 0 ? Mono.empty() : Mono.just(new String(body, charset));
        }

        private Charset charset() {
            String type = headers.getValue(HttpHeaderName.CONTENT_TYPE);
            if (type != null) {
                for (String part : type.split(";")) {
                    String p = part.trim().toLowerCase(Locale.ROOT);
                    if (p.startsWith("charset=")) {
                        try {
                            return Charset.forName(p.substring(8).replace("\"", ""));
                        } catch (RuntimeException e) {
                            break;
                        }
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }
    }
}
