package com.augno.sdk;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.internal.compat.DependencyGuard;
import com.augno.sdk.internal.config.Setting;
import com.augno.sdk.internal.http.BaseUrls;
import com.augno.sdk.internal.http.ClientConfig;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.http.UserAgent;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.internal.resources.ApiGroups;
import com.augno.sdk.observability.AugnoListener;
import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviders;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
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
 * OpenMRP-Account} and {@code Augno-Account}, and on POST
 * and PATCH an {@code Idempotency-Key} that stays the same across retries. Redirects are never
 * followed. Failed attempts (no response, 408, 429, 5xx, {@code idempotency_in_progress}, or
 * whatever the server's {@code is_transient} / {@code x-should-retry} say) are retried, by default
 * twice, after 0.5 s x 2^n (at most 8 s, jittered) or the server's {@code Retry-After} up to 60 s;
 * a 401 key error makes the client refetch the key from its store and
 * retry once with a different key.
 *
 * <p>Ownership: {@link #close()} closes the secret provider and the HTTP client the SDK created; an
 * {@link OkHttpClient} passed to {@link Builder#okHttpClient(OkHttpClient)} belongs to the caller and
 * is never closed or shut down.
 */
public final class AugnoClient implements AutoCloseable {
    /** The default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.augno.com";
    /** The default {@code Augno-Version}. */
    public static final String DEFAULT_API_VERSION = "1.0.forge-preview.3";
    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default timeout of each attempt: 60 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The default number of retries: 2. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    private final ClientContext context;
    private final KeySource keySource;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AugnoClient(
            ClientContext context, KeySource keySource, OkHttpClient http, boolean ownsHttp, String description) {
        this.context = context;
        this.keySource = keySource;
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.description = description;
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
        Builder b = builder();
        Setting.BASE_URL.configured(properties, environment).ifPresent(b::baseUrl);
        Setting.ACCOUNT.configured(properties, environment).ifPresent(b::account);
        Setting.KEY_MODE.configured(properties, environment).map(KeyMode::parse).ifPresent(b::keyMode);
        BaseUrls.parse(b.baseUrl); // fail on a bad URL before a provider (and its clients) exists
        SecretProvider p = provider.get();
        try {
            return b.secretProvider(p).build();
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
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
        checkOpen();
        return context.executeForResponse(Objects.requireNonNull(request, "request == null"), type);
    }

    /**
     * Sends a list request to an endpoint without a typed service and returns its first page;
     * {@link Page#autoPager()} walks the rest.
     *
     * @throws com.augno.sdk.errors.AugnoException as {@link #request(ApiRequest, Class)}
     */
    public <T> Page<T> requestPage(ApiRequest request, Class<T> itemType) {
        checkOpen();
        return context.executePage(Objects.requireNonNull(request, "request == null"), itemType);
    }

    /** API keys (list, get, create, rotate, revoke). Needs role type {@code admin}. */
    public com.augno.sdk.auth.ApiKeyService apiKeys() {
        return new com.augno.sdk.auth.ApiKeyService(context);
    }

    /** Roles. Needs permissions {@code roles:read|create|update|delete}. */
    public com.augno.sdk.identity.RoleService roles() {
        return new com.augno.sdk.identity.RoleService(context);
    }

    /** The permission catalog. Needs permission {@code permissions:read}. */
    public com.augno.sdk.identity.PermissionGroupService permissionGroups() {
        return new com.augno.sdk.identity.PermissionGroupService(context);
    }

    /** Account users with their roles (who can manage keys). Needs permission {@code team:read}. */
    public com.augno.sdk.identity.AccountUserService accountUsers() {
        return new com.augno.sdk.identity.AccountUserService(context);
    }

    /** Request logs. Needs permission {@code request_logs:read}. */
    public com.augno.sdk.core.RequestLogService requestLogs() {
        return new com.augno.sdk.core.RequestLogService(context);
    }

    /** Audit events. Needs permission {@code audit_events:read}. */
    public com.augno.sdk.core.AuditEventService auditEvents() {
        return new com.augno.sdk.core.AuditEventService(context);
    }

    /** Sandboxes. Needs permissions {@code sandboxes:read|create|delete}. */
    public com.augno.sdk.core.SandboxService sandboxes() {
        return new com.augno.sdk.core.SandboxService(context);
    }

    /** Customers. Needs permissions {@code customers:read|create|update|delete}. */
    public com.augno.sdk.sales.CustomerService customers() {
        return new com.augno.sdk.sales.CustomerService(context);
    }

    /** Units. Needs permissions {@code units:read|create|update|delete}. */
    public com.augno.sdk.catalog.UnitService units() {
        return new com.augno.sdk.catalog.UnitService(context);
    }

    /**
     * Returns a snapshot of the key cache (fresh, stale, failing; the redacted key and its age),
     * from memory: it never calls the secret store or the API, so a health probe may call it as
     * often as it likes.
     */
    public KeyCacheStatus keyCacheStatus() {
        return keySource.status();
    }

    /**
     * The {@code core} group of the API: every operation under {@code /v1/core}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.core.CoreApi core() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.core.CoreApi.class, context);
    }

    /**
     * The {@code auth} group of the API: every operation under {@code /v1/auth}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.auth.AuthApi auth() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.auth.AuthApi.class, context);
    }

    /**
     * The {@code identity} group of the API: every operation under {@code /v1/identity}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.identity.IdentityApi identity() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.identity.IdentityApi.class, context);
    }

    /**
     * The {@code catalog} group of the API: every operation under {@code /v1/catalog}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.catalog.CatalogApi catalog() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.catalog.CatalogApi.class, context);
    }

    /**
     * The {@code sales} group of the API: every operation under {@code /v1/sales}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.sales.SalesApi sales() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.sales.SalesApi.class, context);
    }

    /**
     * The {@code operations} group of the API: every operation under {@code /v1/operations}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.operations.OperationsApi operations() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.operations.OperationsApi.class, context);
    }

    /**
     * The {@code finance} group of the API: every operation under {@code /v1/finance}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.finance.FinanceApi finance() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.finance.FinanceApi.class, context);
    }

    /**
     * The {@code messaging} group of the API: every operation under {@code /v1/messaging}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.messaging.MessagingApi messaging() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.messaging.MessagingApi.class, context);
    }

    /**
     * The {@code settings} group of the API: every operation under {@code /v1/settings}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.settings.SettingsApi settings() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.settings.SettingsApi.class, context);
    }

    /**
     * The {@code ai} group of the API: every operation under {@code /v1/ai}, generated from the
     * API description (docs/api-usage.md). Services below it are created on first use.
     *
     * @throws IllegalStateException if the client is closed
     */
    public com.augno.sdk.api.ai.AiApi ai() {
        checkOpen();
        return ApiGroups.create(com.augno.sdk.api.ai.AiApi.class, context);
    }

    /** Returns the base URL, ending with {@code /}. */
    public String baseUrl() {
        return context.config().baseUrl().toString();
    }

    /** Returns the {@code Augno-Version} sent with every request. */
    public String apiVersion() {
        return context.config().apiVersion();
    }

    /**
     * Closes the secret provider and the HTTP client the SDK created (not one the caller passed
     * in). Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            keySource.close();
        } finally {
            if (ownsHttp) {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This AugnoClient is closed");
        }
    }

    /** Shows the base URL, API version and the secret provider's description; never the key. */
    @Override
    public String toString() {
        return description;
    }

    /** Builds an {@link AugnoClient}. Not thread-safe. */
    public static final class Builder {
        private @Nullable SecretProvider secretProvider;
        private @Nullable KeyMode keyMode;
        private String baseUrl = DEFAULT_BASE_URL;
        private String apiVersion = DEFAULT_API_VERSION;
        private @Nullable String account;
        private @Nullable OkHttpClient okHttpClient;
        private @Nullable Duration connectTimeout;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private boolean logBodies;
        private final List<AugnoListener> listeners = new ArrayList<>();
        private @Nullable Function<? super OkHttpClient, ? extends Call.Factory> callFactory;
        private Duration keyRefreshInterval = KeyCache.DEFAULT_REFRESH_INTERVAL;
        private Duration keyStaleWindow = KeyCache.DEFAULT_STALE_WINDOW;

        private Builder() {}

        /**
         * Sets where the API key comes from. Required. The client closes the provider when it is
         * closed.
         */
        public Builder secretProvider(SecretProvider secretProvider) {
            this.secretProvider = Objects.requireNonNull(secretProvider, "secretProvider == null");
            return this;
        }

        /**
         * Sets the mode every key must have: a production client refuses a sandbox key and the
         * reverse. If not specified, any mode is accepted (and logged once).
         */
        public Builder keyMode(KeyMode keyMode) {
            this.keyMode = Objects.requireNonNull(keyMode, "keyMode == null");
            return this;
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
            Objects.requireNonNull(baseUrl, "baseUrl == null");
            KeyShapes.refuseKey(baseUrl, "The base URL (baseUrl / AUGNO_BASE_URL)");
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sets the API version, sent as {@code OpenMRP-Version} and {@code Augno-Version}. If not
         * specified, this is {@code 1.0.forge-preview.3}.
         *
         * @throws com.augno.sdk.errors.ConfigurationException if it looks like an API key (not echoed)
         */
        public Builder apiVersion(String apiVersion) {
            Objects.requireNonNull(apiVersion, "apiVersion == null");
            KeyShapes.refuseKey(apiVersion, "The API version");
            this.apiVersion = apiVersion;
            return this;
        }

        /**
         * Sets the account to act for, sent as {@code OpenMRP-Account} and {@code Augno-Account}. If
         * not specified, none is sent.
         *
         * @throws com.augno.sdk.errors.ConfigurationException if it looks like an API key (not echoed)
         */
        public Builder account(String account) {
            Objects.requireNonNull(account, "account == null");
            // The account is sent as a header and shown by toString: never a key.
            KeyShapes.refuseKey(account, "The account (account / AUGNO_ACCOUNT)");
            this.account = account;
            return this;
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
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
            return this;
        }

        /**
         * Sets the connect timeout. If not specified, this is 10 seconds (on a caller's {@link
         * OkHttpClient}, its own connect timeout is kept unless this is set).
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the timeout of each attempt (connect, send, wait, read), overridable per request. If
         * not specified, this is 60 seconds.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets how many times a failed attempt is retried (connection failures, 408, 429, 5xx, by
         * the error table), overridable per request. If not specified, this is 2.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** Sets the clock (for tests). If not specified, the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Sets how the client waits between retries (for tests). If not specified, {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Logs request and response bodies at DEBUG (logger {@code com.augno.sdk.internal.http}),
         * with key-shaped text redacted. For debugging only: bodies may hold personal data. If not
         * specified, this is off.
         */
        public Builder logBodies(boolean logBodies) {
            this.logBodies = logBodies;
            return this;
        }

        /**
         * Adds a listener that receives redacted facts about every request attempt, the key cache
         * and runtime-guard warnings ({@link AugnoListener}). May be called more than once: each
         * listener gets every event, in the order added. A listener that throws never breaks a
         * call. If not specified, none (and the client pays nothing for observability).
         */
        public Builder listener(AugnoListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
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
            this.callFactory = Objects.requireNonNull(wrapper, "wrapper == null");
            return this;
        }

        /**
         * Sets how long after its fetch the key is refreshed in the background (jittered by
         * &plusmn;10 %). If not specified, this is 5 minutes.
         */
        public Builder keyRefreshInterval(Duration interval) {
            this.keyRefreshInterval = positive(interval, "keyRefreshInterval");
            return this;
        }

        /**
         * Sets how long after its fetch the last good key is still served while the secret store
         * fails transiently. If not specified, this is 1 hour.
         */
        public Builder keyStaleWindow(Duration window) {
            this.keyStaleWindow = positive(window, "keyStaleWindow");
            return this;
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
            RuntimeGuard.enforce();
            DependencyGuard.enforce();
            Listeners observers = Listeners.of(listeners);
            if (observers != null) {
                RuntimeGuard.assess().warnings().forEach(observers::onRuntimeWarning);
            }
            SecretProvider provider = secretProvider;
            if (provider == null) {
                throw new IllegalStateException("secretProvider is required, but was not set");
            }
            HttpUrl base = BaseUrls.parse(baseUrl);
            if (apiVersion.isBlank()) {
                throw new ConfigurationException("apiVersion is blank");
            }
            String acct = account;
            if (acct != null && acct.isBlank()) {
                throw new ConfigurationException("account is blank");
            }
            ClientConfig config = new ClientConfig(
                    base, apiVersion.trim(), acct, UserAgent.value(), timeout, maxRetries, clock, sleeper, logBodies);
            OkHttpClient supplied = okHttpClient;
            OkHttpClient.Builder hb = supplied == null ? new OkHttpClient.Builder() : supplied.newBuilder();
            // Redirects off (the key goes only to the base URL); OkHttp's silent retries off (it
            // would repeat a 408 by itself): every retry is the SDK's, counted and logged.
            hb.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
            // A caller's Authenticator would see Augno's 401 responses, whose request carries the
            // key, and could answer with a request of its own; its EventListener receives every
            // request with its headers. Neither is used for SDK requests. A proxy authenticator
            // sees only the CONNECT request of an https tunnel, but the full request over plain
            // http (loopback base URLs), so it is dropped there.
            hb.authenticator(Authenticator.NONE).eventListener(EventListener.NONE);
            if (!base.isHttps()) {
                hb.proxyAuthenticator(Authenticator.NONE);
            }
            if (supplied == null) {
                hb.connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                        .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            Duration ct = connectTimeout;
            if (ct != null) {
                hb.connectTimeout(ct);
            }
            OkHttpClient http = hb.build();
            Call.Factory calls = http;
            Function<? super OkHttpClient, ? extends Call.Factory> wrapper = callFactory;
            if (wrapper != null) {
                calls = Objects.requireNonNull(wrapper.apply(http), "callFactory returned null");
            }
            KeySource keys = KeyCache.builder(provider)
                    .keyMode(keyMode)
                    .clock(clock)
                    .refreshInterval(keyRefreshInterval)
                    .staleWindow(keyStaleWindow)
                    .listeners(observers)
                    .build();
            String description = "AugnoClient(baseUrl=" + base + ", apiVersion=" + config.apiVersion()
                    + (acct == null ? "" : ", account=" + acct) + ", secretProvider=" + provider.description()
                    + (keyMode == null ? "" : ", keyMode=" + keyMode.configName()) + ")";
            return new AugnoClient(
                    ClientContext.create(config, http, calls, keys, observers),
                    keys,
                    http,
                    supplied == null,
                    description);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
