package com.augno.sdk.internal.client;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.internal.config.Setting;
import com.augno.sdk.internal.http.BaseUrls;
import com.augno.sdk.observability.AugnoListener;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The settings an {@code AugnoClient.Builder} collects, each checked as it is set, with
 * their defaults (the public constants of {@code AugnoClient} are these), and read from system
 * properties and environment variables for {@code AugnoClient.fromEnvironment()}. Not thread-safe,
 * as the builder.
 */
public final class ClientSettings {
    /** The default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.augno.com";
    /** The default {@code Augno-Version}. */
    public static final String DEFAULT_API_VERSION = "1.0.forge-preview.3";
    /** The default connect timeout of a client the SDK creates. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default timeout of each attempt. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The default number of retries. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    @Nullable
    SecretProvider secretProvider;

    @Nullable
    KeyMode keyMode;

    String baseUrl = DEFAULT_BASE_URL;
    String apiVersion = DEFAULT_API_VERSION;

    @Nullable
    String account;

    @Nullable
    OkHttpClient okHttpClient;

    @Nullable
    Duration connectTimeout;

    Duration timeout = DEFAULT_TIMEOUT;
    int maxRetries = DEFAULT_MAX_RETRIES;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    boolean logBodies;
    final List<AugnoListener> listeners = new ArrayList<>();

    @Nullable
    Function<? super OkHttpClient, ? extends Call.Factory> callFactory;

    Duration keyRefreshInterval = KeyCache.DEFAULT_REFRESH_INTERVAL;
    Duration keyStaleWindow = KeyCache.DEFAULT_STALE_WINDOW;

    /**
     * Applies what configuration without code sets (DESIGN.md section 4): the base URL, the account
     * and the key mode, system properties winning over environment variables; then checks the base
     * URL, so that a bad one fails before a secret provider (and its clients) exists.
     *
     * @throws ConfigurationException if a value is malformed or looks like an API key (not echoed)
     */
    public void configure(Function<String, @Nullable String> properties, Map<String, String> environment) {
        // Plain ifs, not lambdas: this runs once, at start-up, where each lambda costs a class.
        Optional<String> url = Setting.BASE_URL.configured(properties, environment);
        if (url.isPresent()) {
            baseUrl(url.get());
        }
        Optional<String> acct = Setting.ACCOUNT.configured(properties, environment);
        if (acct.isPresent()) {
            account(acct.get());
        }
        Optional<String> mode = Setting.KEY_MODE.configured(properties, environment);
        if (mode.isPresent()) {
            keyMode(KeyMode.parse(mode.get()));
        }
        BaseUrls.parse(baseUrl);
    }

    /** Sets where the key comes from. */
    public void secretProvider(SecretProvider secretProvider) {
        this.secretProvider = Objects.requireNonNull(secretProvider, "secretProvider == null");
    }

    /** Sets the mode every key must have. */
    public void keyMode(KeyMode keyMode) {
        this.keyMode = Objects.requireNonNull(keyMode, "keyMode == null");
    }

    /**
     * Sets the base URL (checked at build).
     *
     * @throws ConfigurationException if it looks like an API key (not echoed)
     */
    public void baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl == null");
        KeyShapes.refuseKey(baseUrl, "The base URL (baseUrl / AUGNO_BASE_URL)");
        this.baseUrl = baseUrl;
    }

    /**
     * Sets the API version (checked for blankness at build).
     *
     * @throws ConfigurationException if it looks like an API key (not echoed)
     */
    public void apiVersion(String apiVersion) {
        Objects.requireNonNull(apiVersion, "apiVersion == null");
        KeyShapes.refuseKey(apiVersion, "The API version");
        this.apiVersion = apiVersion;
    }

    /**
     * Sets the account (checked for blankness at build).
     *
     * @throws ConfigurationException if it looks like an API key (not echoed)
     */
    public void account(String account) {
        Objects.requireNonNull(account, "account == null");
        // The account is sent as a header and shown by toString: never a key.
        KeyShapes.refuseKey(account, "The account (account / AUGNO_ACCOUNT)");
        this.account = account;
    }

    /** Sets the caller's HTTP client, which the SDK derives its own from and never closes. */
    public void okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
    }

    /** Sets the connect timeout; throws {@link IllegalArgumentException} unless positive. */
    public void connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
    }

    /** Sets the timeout of each attempt; throws {@link IllegalArgumentException} unless positive. */
    public void timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
    }

    /**
     * Sets the retries after the first attempt.
     *
     * @throws IllegalArgumentException if negative
     */
    public void maxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
        this.maxRetries = maxRetries;
    }

    /** Sets the clock. */
    public void clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Sets how the client waits between retries. */
    public void sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    /** Sets whether bodies are logged (redacted) at DEBUG. */
    public void logBodies(boolean logBodies) {
        this.logBodies = logBodies;
    }

    /** Adds a listener; each gets every event, in the order added. */
    public void listener(AugnoListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** Sets the wrapper of the SDK's HTTP client that every attempt is sent through. */
    public void callFactory(Function<? super OkHttpClient, ? extends Call.Factory> wrapper) {
        this.callFactory = Objects.requireNonNull(wrapper, "wrapper == null");
    }

    /** Sets the key's refresh interval; throws {@link IllegalArgumentException} unless positive. */
    public void keyRefreshInterval(Duration interval) {
        this.keyRefreshInterval = positive(interval, "keyRefreshInterval");
    }

    /** Sets the key's stale window; throws {@link IllegalArgumentException} unless positive. */
    public void keyStaleWindow(Duration window) {
        this.keyStaleWindow = positive(window, "keyStaleWindow");
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name + " == null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }
}
