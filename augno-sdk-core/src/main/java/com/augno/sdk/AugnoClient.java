package com.augno.sdk;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.internal.client.ClientCore;
import com.augno.sdk.internal.client.ClientSettings;
import com.augno.sdk.observability.AugnoListener;
import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The Augno API client. Thread-safe; one per process is normal.
 *
 * <pre>{@code
 * try (AugnoClient client = AugnoClient.builder()
 *         .secretProvider(SecretProviders.fromUri("aws-sm://prod/augno?region=eu-west-1#api_key"))
 *         .keyMode(KeyMode.PRODUCTION)
 *         .build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>The secret API key comes only from the {@link SecretProvider}: no method takes a key string.
 * Every request carries {@code Authorization: Bearer <key>}, the version as both {@code
 * OpenMRP-Version} and {@code Augno-Version} (same value: the API was renamed OpenMRP), {@code
 * User-Agent}, {@code Accept: application/json}, the optional account as both {@code
 * OpenMRP-Account} and {@code Augno-Account}, and on POST and PATCH an {@code Idempotency-Key} that
 * stays the same across retries. Redirects are never followed. Failed attempts (no response, 408,
 * 429, 5xx, {@code idempotency_in_progress}, or whatever the server's {@code is_transient} / {@code
 * x-should-retry} say) are retried, by default twice, after 0.5 s x 2^n (at most 8 s, jittered) or
 * the server's {@code Retry-After} up to 60 s; a 401 key error makes the client refetch the key
 * from its store and retry once with a different key.
 *
 * <p>Ownership: {@link #close()} closes the secret provider and the HTTP client the SDK created; an
 * {@link OkHttpClient} passed to {@link Builder#okHttpClient(OkHttpClient)} belongs to the caller and
 * is never closed or shut down.
 */
public final class AugnoClient implements AutoCloseable {
    /** The default base URL. */
    public static final String DEFAULT_BASE_URL = ClientSettings.DEFAULT_BASE_URL;
    /** The default {@code Augno-Version}. */
    public static final String DEFAULT_API_VERSION = ClientSettings.DEFAULT_API_VERSION;
    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = ClientSettings.DEFAULT_CONNECT_TIMEOUT;
    /** The default timeout of each attempt: 60 seconds. */
    public static final Duration DEFAULT_TIMEOUT = ClientSettings.DEFAULT_TIMEOUT;
    /** The default number of retries: 2. */
    public static final int DEFAULT_MAX_RETRIES = ClientSettings.DEFAULT_MAX_RETRIES;

    /** The context, key source and HTTP client the client runs on (wiring: {@link ClientCore}). */
    private final ClientCore core;

    private AugnoClient(ClientCore core) {
        this.core = core;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a client configured without code, from system properties (which win) and environment
     * variables (DESIGN.md section 4): the secret reference ({@code augno.secret} / {@code
     * AUGNO_SECRET}, default {@code env://AUGNO_API_KEY}), the expected key mode ({@code
     * augno.keyMode} / {@code AUGNO_KEY_MODE}), the base URL ({@code augno.baseUrl} / {@code
     * AUGNO_BASE_URL}) and the account ({@code augno.account} / {@code AUGNO_ACCOUNT}).
     *
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on Android, iOS and browser-like
     *     runtimes
     * @throws ConfigurationException if a setting is malformed or no secret is configured (the
     *     message lists every place looked)
     */
    public static AugnoClient fromEnvironment() {
        RuntimeGuard.enforce();
        return fromSettings(System::getProperty, System.getenv(), SecretProviders::fromEnvironment);
    }

    /** Builds from the given property and environment sources; the provider is made last. */
    static AugnoClient fromSettings(
            Function<String, @Nullable String> properties,
            Map<String, String> environment,
            Supplier<SecretProvider> provider) {
        return new AugnoClient(ClientCore.build(properties, environment, provider));
    }

    /**
     * Sends a request to an endpoint without a typed service and decodes the 2xx body as {@code
     * type} (use {@code JsonNode.class} for raw JSON). Same headers, retries, key handling and
     * errors as every typed call.
     *
     * @throws com.augno.sdk.errors.AugnoApiException (a subclass) when the API answers with an error
     * @throws com.augno.sdk.errors.ApiConnectionException when no response came back
     * @throws com.augno.sdk.errors.ResponseDecodingException when the body does not decode
     * @throws IllegalStateException if the client is closed
     */
    public <T> ApiResponse<T> request(ApiRequest request, Class<T> type) {
        return core.openContext().executeForResponse(Objects.requireNonNull(request, "request == null"), type);
    }

    /**
     * Sends a list request to an endpoint without a typed service and returns its first page;
     * {@link Page#autoPager()} walks the rest.
     *
     * @throws com.augno.sdk.errors.AugnoException as {@link #request(ApiRequest, Class)}
     */
    public <T> Page<T> requestPage(ApiRequest request, Class<T> itemType) {
        return core.openContext().executePage(Objects.requireNonNull(request, "request == null"), itemType);
    }

    /**
     * Returns a snapshot of the key cache (fresh, stale, failing; the redacted key and its age),
     * from memory: it never calls the secret store or the API, so a health probe may call it as
     * often as it likes.
     */
    public KeyCacheStatus keyCacheStatus() {
        return core.keySource().status();
    }

    /**
     * The {@code core} group of the API: every operation under {@code /v1/core}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.core.CoreApi core() {
        return core.group(com.augno.sdk.api.core.CoreApi.class);
    }

    /**
     * The {@code auth} group of the API: every operation under {@code /v1/auth}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.auth.AuthApi auth() {
        return core.group(com.augno.sdk.api.auth.AuthApi.class);
    }

    /**
     * The {@code identity} group of the API: every operation under {@code /v1/identity}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.identity.IdentityApi identity() {
        return core.group(com.augno.sdk.api.identity.IdentityApi.class);
    }

    /**
     * The {@code catalog} group of the API: every operation under {@code /v1/catalog}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.catalog.CatalogApi catalog() {
        return core.group(com.augno.sdk.api.catalog.CatalogApi.class);
    }

    /**
     * The {@code sales} group of the API: every operation under {@code /v1/sales}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.sales.SalesApi sales() {
        return core.group(com.augno.sdk.api.sales.SalesApi.class);
    }

    /**
     * The {@code operations} group of the API: every operation under {@code /v1/operations}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.operations.OperationsApi operations() {
        return core.group(com.augno.sdk.api.operations.OperationsApi.class);
    }

    /**
     * The {@code finance} group of the API: every operation under {@code /v1/finance}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.finance.FinanceApi finance() {
        return core.group(com.augno.sdk.api.finance.FinanceApi.class);
    }

    /**
     * The {@code messaging} group of the API: every operation under {@code /v1/messaging}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.messaging.MessagingApi messaging() {
        return core.group(com.augno.sdk.api.messaging.MessagingApi.class);
    }

    /**
     * The {@code settings} group of the API: every operation under {@code /v1/settings}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.settings.SettingsApi settings() {
        return core.group(com.augno.sdk.api.settings.SettingsApi.class);
    }

    /**
     * The {@code ai} group of the API: every operation under {@code /v1/ai}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.ai.AiApi ai() {
        return core.group(com.augno.sdk.api.ai.AiApi.class);
    }

    /** Returns the base URL, ending with {@code /}. */
    public String baseUrl() {
        return core.context().config().baseUrl().toString();
    }

    /** Returns the {@code Augno-Version} sent with every request. */
    public String apiVersion() {
        return core.context().config().apiVersion();
    }

    /**
     * Closes the secret provider and the HTTP client the SDK created (not one the caller passed
     * in). Calling it again does nothing.
     */
    @Override
    public void close() {
        core.close();
    }

    /** Shows the base URL, API version and the secret provider's description; never the key. */
    @Override
    public String toString() {
        return core.description();
    }

    /** Builds an {@link AugnoClient}. Not thread-safe. */
    public static final class Builder {
        /** What the setters collect, checked as they are set ({@link ClientSettings}). */
        private final ClientSettings settings = new ClientSettings();

        private Builder() {}

        /**
         * Sets where the API key comes from. Required. The client closes the provider when it is
         * closed.
         */
        public Builder secretProvider(SecretProvider secretProvider) {
            return with(() -> settings.secretProvider(secretProvider));
        }

        /**
         * Sets the mode every key must have: a production client refuses a sandbox key and the
         * reverse. If not specified, any mode is accepted (and logged once).
         */
        public Builder keyMode(KeyMode keyMode) {
            return with(() -> settings.keyMode(keyMode));
        }

        /**
         * Sets the base URL. It must be {@code https}, or plain {@code http} on a loopback host
         * ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}). If not specified, this is {@code
         * https://api.augno.com}; the same API answers at {@code https://api.openmrp.ai} (see
         * docs/configuration.md).
         *
         * @throws com.augno.sdk.errors.ConfigurationException if it looks like an API key (not echoed)
         */
        public Builder baseUrl(String baseUrl) {
            return with(() -> settings.baseUrl(baseUrl));
        }

        /**
         * Sets the API version, sent as {@code OpenMRP-Version} and {@code Augno-Version}. If not
         * specified, this is {@code 1.0.forge-preview.3}.
         *
         * @throws com.augno.sdk.errors.ConfigurationException if it looks like an API key (not echoed)
         */
        public Builder apiVersion(String apiVersion) {
            return with(() -> settings.apiVersion(apiVersion));
        }

        /**
         * Sets the account to act for, sent as {@code OpenMRP-Account} and {@code Augno-Account}. If
         * not specified, none is sent.
         *
         * @throws com.augno.sdk.errors.ConfigurationException if it looks like an API key (not echoed)
         */
        public Builder account(String account) {
            return with(() -> settings.account(account));
        }

        /**
         * Uses the caller's {@link OkHttpClient} (proxies, TLS, connection pools, interceptors). The
         * SDK derives its own client from it with {@code newBuilder()}, forcing redirects and OkHttp's
         * own connection retries off (the SDK retries by itself); the
         * caller's client is never closed or shut down by the SDK.
         *
         * <p><b>What the caller's interceptors can see:</b> application interceptors and network
         * interceptors of this client run inside every SDK request and see its headers, including
         * {@code Authorization: Bearer <key>}. Only add interceptors you trust with the key, and
         * never let them log headers. The client's {@code Authenticator} and {@code EventListener}
         * are not used for SDK requests (both would receive the request with the key), nor, for a
         * plain-http loopback base URL, its proxy authenticator. If not specified, the SDK creates
         * and owns its client.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            return with(() -> settings.okHttpClient(okHttpClient));
        }

        /**
         * Sets the connect timeout. If not specified, this is 10 seconds (on a caller's {@link
         * OkHttpClient}, its own connect timeout is kept unless this is set).
         */
        public Builder connectTimeout(Duration connectTimeout) {
            return with(() -> settings.connectTimeout(connectTimeout));
        }

        /**
         * Sets the timeout of each attempt (connect, send, wait, read), overridable per request. If
         * not specified, this is 60 seconds.
         */
        public Builder timeout(Duration timeout) {
            return with(() -> settings.timeout(timeout));
        }

        /**
         * Sets how many times a failed attempt is retried (connection failures, 408, 429, 5xx, by
         * the error table), overridable per request. If not specified, this is 2.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            return with(() -> settings.maxRetries(maxRetries));
        }

        /** Sets the clock (for tests). If not specified, the system UTC clock. */
        public Builder clock(Clock clock) {
            return with(() -> settings.clock(clock));
        }

        /** Sets how the client waits between retries (for tests). If not specified, {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            return with(() -> settings.sleeper(sleeper));
        }

        /**
         * Logs request and response bodies at DEBUG (logger {@code com.augno.sdk.internal.http}),
         * with key-shaped text redacted. For debugging only: bodies may hold personal data. If not
         * specified, this is off.
         */
        public Builder logBodies(boolean logBodies) {
            return with(() -> settings.logBodies(logBodies));
        }

        /**
         * Adds a listener that receives redacted facts about every request attempt, the key cache
         * and runtime-guard warnings ({@link AugnoListener}). May be called more than once: each
         * listener gets every event, in the order added. A listener that throws never breaks a
         * call. If not specified, none (and the client pays nothing for observability).
         */
        public Builder listener(AugnoListener listener) {
            return with(() -> settings.listener(listener));
        }

        /**
         * Wraps the SDK's own {@link OkHttpClient} (redirects off, its settings and interceptors
         * applied) in a {@link Call.Factory} that every attempt is sent through, for tracing such as
         * OpenTelemetry's OkHttp instrumentation:
         *
         * <pre>{@code
         * builder.callFactory(http -> OkHttpTelemetry.builder(openTelemetry).build().createCallFactory(http));
         * }</pre>
         *
         * <p>The wrapper must send through the client it is given (that client is what keeps
         * redirects off); the SDK builds each request, {@code Authorization} included, before
         * handing it to the factory, and a {@code RequestOptions} header can never replace that
         * header. What applies to interceptors applies here: the factory sees the key header. If
         * not specified, requests go straight to the SDK's client.
         */
        public Builder callFactory(Function<? super OkHttpClient, ? extends Call.Factory> wrapper) {
            return with(() -> settings.callFactory(wrapper));
        }

        /**
         * Sets how long after its fetch the key is refreshed in the background (jittered by
         * &plusmn;10 %). If not specified, this is 5 minutes.
         */
        public Builder keyRefreshInterval(Duration interval) {
            return with(() -> settings.keyRefreshInterval(interval));
        }

        /**
         * Sets how long after its fetch the last good key is still served while the secret store
         * fails transiently. If not specified, this is 1 hour.
         */
        public Builder keyStaleWindow(Duration window) {
            return with(() -> settings.keyStaleWindow(window));
        }

        /**
         * Builds the client. Checks the runtime first ({@link RuntimeGuard}), then the settings; the
         * key is fetched at the first request, not here.
         *
         * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on Android, iOS and browser-like
         *     runtimes
         * @throws IllegalStateException if no secret provider was set
         * @throws ConfigurationException if the base URL is malformed, not https off loopback, or
         *     the API version or account is blank; or if the class path holds an OkHttp older than
         *     5 (or two OkHttp versions), a Kotlin standard library older than 2.1, or a Jackson
         *     older than 2.21 (the message names the dependency and the fix)
         */
        public AugnoClient build() {
            return new AugnoClient(ClientCore.build(settings));
        }

        private Builder with(Runnable set) {
            set.run();
            return this;
        }
    }
}
