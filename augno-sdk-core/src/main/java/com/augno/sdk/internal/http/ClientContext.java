package com.augno.sdk.internal.http;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.PaginationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.runtime.RuntimeGuard;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What typed services call: one per {@link AugnoClient}, thread-safe. A service builds an
 * {@link ApiRequest} and hands it here:
 *
 * <pre>{@code
 * final class ApiKeysService {
 *     private final ClientContext context;
 *     ApiKeysService(ClientContext context) { this.context = context; }
 *
 *     public ApiKey retrieve(String id, RequestOptions options) {
 *         return context.execute(
 *                 ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys").addPathSegment(id)
 *                         .options(options).build(),
 *                 ApiKey.class);
 *     }
 *
 *     public Page<ApiKey> list(ApiKeyListParams params, RequestOptions options) {
 *         ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
 *                 .query("statuses", params.statuses())     // comma-joined
 *                 .query("limit", params.limit().orElse(null))
 *                 .include(params.include())
 *                 .options(options);
 *         return context.executePage(b.build(), ApiKey.class);
 *     }
 * }
 * }</pre>
 *
 * <p>Every call goes through the same transport: the current key, the standard headers, an {@code
 * Idempotency-Key} on POST/PATCH, retries, the 401 key-refetch path, error mapping (DESIGN.md
 * sections 5 and 6).
 */
public final class ClientContext {
    private final Transport transport;
    private final KeySource keySource;

    private final int maxPages;
    // The API groups and services made on this context, one of each (see entryPoints()).
    private final ConcurrentMap<Class<?>, Object> entryPoints = new ConcurrentHashMap<>();

    private ClientContext(Transport transport, KeySource keySource, int maxPages) {
        this.transport = transport;
        this.keySource = keySource;
        this.maxPages = maxPages;
    }

    /** For tests: a context with small caps on body size and page count. */
    static ClientContext withLimits(
            ClientConfig config, OkHttpClient http, KeySource keySource, long maxBodyBytes, int maxPages) {
        return new ClientContext(new Transport(config, http, keySource, null, maxBodyBytes), keySource, maxPages);
    }

    /**
     * Creates a context. Neither {@code http} nor the key source is closed by the context (its
     * owner closes them). This is public for {@link AugnoClient} only, and checks what the client's
     * builder checks, so that calling it directly skips nothing: the runtime guard, an https base
     * URL (http on loopback only), and an OkHttp client with redirects off and no authenticator.
     *
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on Android, iOS and browser-like
     *     runtimes
     * @throws com.augno.sdk.errors.ConfigurationException if the base URL is plain http off loopback
     * @throws IllegalArgumentException if {@code http} follows redirects or has an authenticator
     */
    public static ClientContext create(ClientConfig config, OkHttpClient http, KeySource keySource) {
        return create(config, http, http, keySource, null);
    }

    /**
     * Creates a context that sends through {@code calls} (the client's {@link OkHttpClient} {@code
     * http}, or a wrapper that delegates to it, e.g. OpenTelemetry's) and tells {@code listeners},
     * if any, about each attempt. Checks {@code http} as {@link #create(ClientConfig, OkHttpClient,
     * KeySource)} does.
     *
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on Android, iOS and browser-like
     *     runtimes
     * @throws com.augno.sdk.errors.ConfigurationException if the base URL is plain http off loopback
     * @throws IllegalArgumentException if {@code http} follows redirects or has an authenticator
     */
    public static ClientContext create(
            ClientConfig config,
            OkHttpClient http,
            Call.Factory calls,
            KeySource keySource,
            @Nullable Listeners listeners) {
        Objects.requireNonNull(config, "config == null");
        Objects.requireNonNull(http, "http == null");
        Objects.requireNonNull(calls, "calls == null");
        Objects.requireNonNull(keySource, "keySource == null");
        RuntimeGuard.enforce();
        BaseUrls.parse(config.baseUrl().toString());
        if (http.followRedirects() || http.followSslRedirects()) {
            throw new IllegalArgumentException(
                    "The OkHttpClient follows redirects; the key must only go to the base URL. Turn them off.");
        }
        if (http.authenticator() != Authenticator.NONE) {
            throw new IllegalArgumentException("The OkHttpClient has an Authenticator, which would see the key.");
        }
        return new ClientContext(
                new Transport(config, calls, keySource, listeners, Transport.MAX_BODY_BYTES),
                keySource,
                Page.MAX_PAGES);
    }

    /** Returns the client's settings. */
    public ClientConfig config() {
        return transport.config();
    }

    /** Returns the client's key source. */
    public KeySource keySource() {
        return keySource;
    }

    /**
     * Returns the API groups and services made on this context, by class: each is made once, on
     * first use, so that {@code client.auth().apiKeys()} allocates nothing on later calls.
     */
    public ConcurrentMap<Class<?>, Object> entryPoints() {
        return entryPoints;
    }

    /** Returns the SDK's shared JSON mapper. */
    public ObjectMapper mapper() {
        return Json.mapper();
    }

    /** Sends {@code request} and decodes the 2xx body as {@code type}. */
    public <T> T execute(ApiRequest request, Class<T> type) {
        return this.<T>executeForResponse(request, Json.type(type)).data();
    }

    /** Sends {@code request} and decodes the 2xx body as {@code type}. */
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        return this.<T>executeForResponse(
                        request, Json.mapper().getTypeFactory().constructType(type))
                .data();
    }

    /** Sends {@code request} and decodes the 2xx body as {@code type}. */
    public <T> T execute(ApiRequest request, JavaType type) {
        return this.<T>executeForResponse(request, type).data();
    }

    /** Sends {@code request}; returns the decoded body with the status and headers. */
    public <T> ApiResponse<T> executeForResponse(ApiRequest request, JavaType type) {
        return transport.send(request, type);
    }

    /** Sends {@code request}; returns the decoded body with the status and headers. */
    public <T> ApiResponse<T> executeForResponse(ApiRequest request, Class<T> type) {
        return transport.send(request, Json.type(type));
    }

    /** Sends a list request and returns its first page; later pages are fetched on demand. */
    public <T> Page<T> executePage(ApiRequest request, Class<T> itemType) {
        return executePage(request, Json.type(itemType));
    }

    /** Sends a list request and returns its first page; later pages are fetched on demand. */
    public <T> Page<T> executePage(ApiRequest request, JavaType itemType) {
        JavaType envelope = Json.mapper().getTypeFactory().constructParametricType(ListEnvelope.class, itemType);
        HttpUrl url = transport.urlFor(request);
        return fetchPage(
                request.operationName(),
                request.uriTemplate(),
                request.method(),
                url,
                request.body(),
                request.options(),
                envelope,
                new PageWalk(url, maxPages),
                1);
    }
    /**
     * The pages one list walk has fetched, by URL and position. Shared by every page of the walk;
     * walking again from the first page (a new iterator) meets the same URLs at the same positions,
     * which is not a loop.
     */
    private static final class PageWalk {
        private final ConcurrentHashMap<String, Integer> positions = new ConcurrentHashMap<>();
        private final int maxPages;

        PageWalk(HttpUrl first, int maxPages) {
            this.maxPages = maxPages;
            positions.put(first.toString(), 1);
        }

        /** Checks that the page at {@code position} may be fetched from {@code url}. */
        void check(HttpUrl url, int position) {
            if (position > maxPages) {
                throw new PaginationException("Stopped paging " + url.encodedPath() + " after " + maxPages
                        + " pages, the most one list walk follows. Narrow the list with filters.");
            }
            Integer seen = positions.putIfAbsent(url.toString(), position);
            if (seen != null && seen.intValue() != position) {
                throw new PaginationException("Stopped paging " + url.encodedPath() + ": page " + position
                        + " points back at page " + seen + " (the server repeated a cursor), so the walk would"
                        + " never end. The items returned so far are correct; report this to Augno.");
            }
        }
    }

    private <T> Page<T> fetchPage(
            String operation,
            String template,
            HttpMethod method,
            HttpUrl url,
            @Nullable Object body,
            RequestOptions options,
            JavaType envelope,
            PageWalk walk,
            int position) {
        ApiResponse<ListEnvelope<T>> response =
                transport.send(operation, template, method, url, body, options, envelope);
        ListEnvelope<T> list = response.data();
        List<T> data = list.data == null ? List.of() : list.data;
        Supplier<Page<T>> next = null;
        ListEnvelope.PageInfo info = list.pageInfo;
        if (info != null && !Boolean.FALSE.equals(info.hasNextPage)) {
            String nextUrl = info.nextPageUrl;
            String cursor = info.nextCursor;
            int nextPosition = position + 1;
            if (nextUrl != null && !nextUrl.isBlank()) {
                next = () -> {
                    HttpUrl resolved = resolvePageUrl(nextUrl);
                    walk.check(resolved, nextPosition);
                    return this.<T>fetchPage(
                            operation, template, HttpMethod.GET, resolved, null, options, envelope, walk, nextPosition);
                };
            } else if (cursor != null && !cursor.isBlank()) {
                HttpUrl cursorUrl =
                        url.newBuilder().setQueryParameter("cursor", cursor).build();
                next = () -> {
                    walk.check(cursorUrl, nextPosition);
                    return this.<T>fetchPage(
                            operation, template, method, cursorUrl, body, options, envelope, walk, nextPosition);
                };
            }
        }
        return Page.of(data, response.headers(), next);
    }

    /**
     * Resolves a {@code next_page_url} against the base URL (a relative {@code /v1/...} keeps the base
     * URL's path prefix) and refuses it unless scheme, host and port are the base URL's and its path
     * lies under the base URL's path.
     */
    HttpUrl resolvePageUrl(String pageUrl) {
        HttpUrl base = transport.config().baseUrl();
        String relative = pageUrl.startsWith("/") && !pageUrl.startsWith("//") ? pageUrl.substring(1) : pageUrl;
        HttpUrl resolved = base.resolve(relative);
        if (resolved == null
                || !resolved.scheme().equals(base.scheme())
                || !resolved.host().equals(base.host())
                || resolved.port() != base.port()) {
            String origin = resolved == null
                    ? "an unparseable URL"
                    : resolved.scheme() + "://" + resolved.host() + ":" + resolved.port();
            throw new AugnoException("Refusing to follow page_info.next_page_url to " + origin
                    + ": page URLs must stay on the base URL " + base.scheme() + "://" + base.host() + ":"
                    + base.port() + " (the key is only sent there)");
        }
        // Same origin is not enough behind a path-prefixed gateway (https://gw/augno/): a page URL
        // outside the prefix would send the key to another service on that host. resolve() has
        // already removed dot segments, so a plain prefix check is exact.
        String prefix = base.encodedPath().endsWith("/") ? base.encodedPath() : base.encodedPath() + "/";
        if (!resolved.encodedPath().startsWith(prefix)) {
            throw new AugnoException("Refusing to follow page_info.next_page_url to a path outside the base URL's"
                    + " path " + prefix + " (the key is only sent under the base URL)");
        }
        return resolved;
    }
}
