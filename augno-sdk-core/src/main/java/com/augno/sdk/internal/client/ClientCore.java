package com.augno.sdk.internal.client;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.internal.compat.DependencyGuard;
import com.augno.sdk.internal.http.BaseUrls;
import com.augno.sdk.internal.http.ClientConfig;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.http.ConcurrencyLimit;
import com.augno.sdk.internal.http.UserAgent;
import com.augno.sdk.internal.json.JsonWarmUp;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.internal.resources.ApiGroups;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What a built {@code AugnoClient} runs on: the request context, the key source and the
 * HTTP client, wired from {@link ClientSettings} by {@link #build(ClientSettings)}; and what closing
 * the client closes.
 */
public final class ClientCore {
    private final ClientContext context;
    private final KeySource keySource;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ClientCore(
            ClientContext context, KeySource keySource, OkHttpClient http, boolean ownsHttp, String description) {
        this.context = context;
        this.keySource = keySource;
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.description = description;
    }

    /**
     * Builds from configuration without code ({@link ClientSettings#configure}) and the provider
     * {@code provider} makes, made last: a bad setting fails before a provider and its clients
     * exist. Closes the provider if building fails.
     */
    public static ClientCore build(
            Function<String, @Nullable String> properties,
            Map<String, String> environment,
            Supplier<SecretProvider> provider) {
        // As early as possible (fromEnvironment has run the runtime guard): the settings parse the
        // base URL, which loads OkHttp.
        JsonWarmUp.start();
        ClientSettings settings = new ClientSettings();
        settings.configure(properties, environment);
        SecretProvider p = provider.get();
        try {
            settings.secretProvider(p);
            return build(settings);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /**
     * Checks the runtime, then the dependencies and settings, and wires a client: the SDK's HTTP
     * client, the key cache (the key is fetched at the first request, not here) and the context.
     *
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on runtimes that must not hold keys
     * @throws IllegalStateException if no secret provider was set
     * @throws ConfigurationException if the base URL is malformed, not https off loopback, the API
     *     version or account is blank, or a dependency is too old ({@link DependencyGuard})
     */
    public static ClientCore build(ClientSettings s) {
        RuntimeGuard.enforce();
        DependencyGuard.enforce();
        // Jackson's set-up runs alongside the HTTP client's from here (once per JVM, 2+ CPUs; a
        // no-op when the build from settings above has started it already).
        JsonWarmUp.start();
        Listeners observers = Listeners.of(s.listeners);
        if (observers != null) {
            RuntimeGuard.assess().warnings().forEach(observers::onRuntimeWarning);
        }
        SecretProvider provider = s.secretProvider;
        if (provider == null) {
            throw new IllegalStateException("secretProvider is required, but was not set");
        }
        HttpUrl base = BaseUrls.parse(s.baseUrl);
        if (s.apiVersion.isBlank()) {
            throw new ConfigurationException("apiVersion is blank");
        }
        String acct = s.account;
        if (acct != null && acct.isBlank()) {
            throw new ConfigurationException("account is blank");
        }
        ClientConfig config = new ClientConfig(
                base,
                s.apiVersion.trim(),
                acct,
                UserAgent.value(),
                s.timeout,
                s.maxRetries,
                s.clock,
                s.sleeper,
                s.logBodies);
        OkHttpClient supplied = s.okHttpClient;
        OkHttpClient http = http(s, base, supplied);
        Call.Factory calls = http;
        Function<? super OkHttpClient, ? extends Call.Factory> wrapper = s.callFactory;
        if (wrapper != null) {
            calls = Objects.requireNonNull(wrapper.apply(http), "callFactory returned null");
        }
        KeySource keys = KeyCache.builder(provider)
                .keyMode(s.keyMode)
                .clock(s.clock)
                .refreshInterval(s.keyRefreshInterval)
                .staleWindow(s.keyStaleWindow)
                .listeners(observers)
                .build();
        KeyMode mode = s.keyMode;
        String description = "AugnoClient(baseUrl=" + base + ", apiVersion=" + config.apiVersion()
                + (acct == null ? "" : ", account=" + acct) + ", secretProvider=" + provider.description()
                + (mode == null ? "" : ", keyMode=" + mode.configName()) + ")";
        return new ClientCore(
                ClientContext.create(config, http, calls, keys, observers), keys, http, supplied == null, description);
    }

    /** The SDK's own HTTP client: new, or derived from the caller's, with redirects and more off. */
    private static OkHttpClient http(ClientSettings s, HttpUrl base, @Nullable OkHttpClient supplied) {
        OkHttpClient.Builder hb = supplied == null ? new OkHttpClient.Builder() : supplied.newBuilder();
        // Redirects off (the key goes only to the base URL); OkHttp's silent retries off (it
        // would repeat a 408 by itself): every retry is the SDK's, counted and logged.
        hb.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
        // A caller's Authenticator would see Augno's 401 responses, whose request carries the
        // key, and could answer with a request of its own; its EventListener receives every
        // request with its headers. Neither is used for SDK requests: the SDK's own listener
        // only bounds the calls in flight (and so the open connections; ConcurrencyLimit). A
        // proxy authenticator sees only the CONNECT request of an https tunnel, but the full
        // request over plain http (loopback base URLs), so it is dropped there.
        hb.authenticator(Authenticator.NONE)
                .eventListenerFactory(new ConcurrencyLimit(ConcurrencyLimit.DEFAULT_MAX_IN_FLIGHT));
        if (!base.isHttps()) {
            hb.proxyAuthenticator(Authenticator.NONE);
        }
        if (supplied == null) {
            // As many idle connections kept as calls may be in flight: with OkHttp's default
            // of 5, a burst of callers would close and reopen connections over and over.
            hb.connectionPool(new ConnectionPool(ConcurrencyLimit.DEFAULT_MAX_IN_FLIGHT, 5, TimeUnit.MINUTES));
            hb.connectTimeout(ClientSettings.DEFAULT_CONNECT_TIMEOUT)
                    .readTimeout(s.timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(s.timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        Duration ct = s.connectTimeout;
        if (ct != null) {
            hb.connectTimeout(ct);
        }
        return hb.build();
    }

    /** Returns the context every call runs through. */
    public ClientContext context() {
        return context;
    }

    /**
     * Returns the entry point of an API group on this client's context (made on first use).
     *
     * @throws IllegalStateException if the client is closed
     */
    public <T> T group(Class<T> group) {
        return ApiGroups.create(group, openContext());
    }

    /**
     * Returns the context for a new call.
     *
     * @throws IllegalStateException if the client is closed
     */
    public ClientContext openContext() {
        if (closed.get()) {
            throw new IllegalStateException("This AugnoClient is closed");
        }
        return context;
    }

    /** Returns the key source (for its status). */
    public KeySource keySource() {
        return keySource;
    }

    /** Returns what the client's {@code toString} shows: never the key. */
    public String description() {
        return description;
    }

    /**
     * Closes the key source (and so the secret provider) and the HTTP client, if the SDK created it;
     * only the first call does anything.
     */
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
}
