package com.augno.spring.boot;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code augno.*} settings of the auto-configured client. Relaxed binding applies, so the
 * environment variables of a plain deployment ({@code AUGNO_SECRET}, {@code AUGNO_KEY_MODE},
 * {@code AUGNO_BASE_URL}, {@code AUGNO_ACCOUNT}) work unchanged. Every unset value keeps the SDK's
 * default.
 */
@ConfigurationProperties(prefix = "augno")
public class AugnoProperties {
    /** Secret reference the API key is read from (env://, file://, aws-sm://, gcp-sm://); never the key itself. */
    private @Nullable String secret;
    /** Mode every key must have: sandbox or production. Not asserted if unset. */
    private @Nullable String keyMode;
    /** Base URL of the Augno API. Default https://api.augno.com. */
    private @Nullable String baseUrl;
    /** Account sent as the Augno-Account header. None if unset. */
    private @Nullable String account;
    /** Augno-Version header. The SDK's default if unset. */
    private @Nullable String apiVersion;
    /** Connect timeout. Default 10 seconds. */
    private @Nullable Duration connectTimeout;
    /** Timeout of each attempt. Default 60 seconds. */
    private @Nullable Duration timeout;
    /** How many times a failed attempt is retried. Default 2. */
    private @Nullable Integer maxRetries;

    private final Key key = new Key();

    /**
     * Returns the secret reference the key is read from ({@code env://AUGNO_API_KEY}, {@code
     * file:///run/secrets/augno}, {@code aws-sm://prod/augno?region=eu-west-1#api_key}, {@code
     * gcp-sm://projects/p/secrets/s/versions/latest}): a reference, never the key itself. The client
     * bean is created when this is set (or when a {@code SecretProvider} bean exists).
     */
    public @Nullable String getSecret() {
        return secret;
    }

    /** Sets the secret reference. */
    public void setSecret(@Nullable String secret) {
        this.secret = secret;
    }

    /** Returns the mode every key must have, {@code sandbox} or {@code production}; not asserted if unset. */
    public @Nullable String getKeyMode() {
        return keyMode;
    }

    /** Sets the expected key mode. */
    public void setKeyMode(@Nullable String keyMode) {
        this.keyMode = keyMode;
    }

    /** Returns the base URL; if unset, {@code https://api.augno.com}. */
    public @Nullable String getBaseUrl() {
        return baseUrl;
    }

    /** Sets the base URL. */
    public void setBaseUrl(@Nullable String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Returns the account sent as {@code Augno-Account}; none if unset. */
    public @Nullable String getAccount() {
        return account;
    }

    /** Sets the account. */
    public void setAccount(@Nullable String account) {
        this.account = account;
    }

    /** Returns the {@code Augno-Version} header; if unset, the SDK's default. */
    public @Nullable String getApiVersion() {
        return apiVersion;
    }

    /** Sets the API version. */
    public void setApiVersion(@Nullable String apiVersion) {
        this.apiVersion = apiVersion;
    }

    /** Returns the connect timeout; if unset, 10 seconds. */
    public @Nullable Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(@Nullable Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Returns the timeout of each attempt; if unset, 60 seconds. */
    public @Nullable Duration getTimeout() {
        return timeout;
    }

    /** Sets the timeout of each attempt. */
    public void setTimeout(@Nullable Duration timeout) {
        this.timeout = timeout;
    }

    /** Returns how many times a failed attempt is retried; if unset, 2. */
    public @Nullable Integer getMaxRetries() {
        return maxRetries;
    }

    /** Sets the retries. */
    public void setMaxRetries(@Nullable Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    /** Returns the key-cache settings ({@code augno.key.*}). */
    public Key getKey() {
        return key;
    }

    /** Shows which settings are set; the secret reference only as set or not. */
    @Override
    public String toString() {
        return "AugnoProperties(secret=" + (secret == null ? "unset" : "set") + ", baseUrl=" + baseUrl + ")";
    }

    /** The key-cache settings, {@code augno.key.*}. */
    public static class Key {
        /** How long after its fetch the key is refreshed in the background. Default 5 minutes. */
        private @Nullable Duration refreshInterval;
        /** How long the last good key is served while the secret store fails. Default 1 hour. */
        private @Nullable Duration staleWindow;

        /** Returns how long after its fetch the key is refreshed in the background; if unset, 5 minutes. */
        public @Nullable Duration getRefreshInterval() {
            return refreshInterval;
        }

        /** Sets the refresh interval. */
        public void setRefreshInterval(@Nullable Duration refreshInterval) {
            this.refreshInterval = refreshInterval;
        }

        /** Returns how long the last good key is served while the store fails; if unset, 1 hour. */
        public @Nullable Duration getStaleWindow() {
            return staleWindow;
        }

        /** Sets the stale window. */
        public void setStaleWindow(@Nullable Duration staleWindow) {
            this.staleWindow = staleWindow;
        }
    }
}
