package com.augno.sdk;

import com.augno.sdk.errors.ConfigurationException;
import java.util.Locale;

/**
 * The mode of an Augno API key, told by its prefix: sandbox keys start with {@code aug_sk_test_},
 * production keys with {@code aug_sk_prod_}.
 *
 * <p>A client built with {@code keyMode(KeyMode.PRODUCTION)} refuses a sandbox key, and the
 * reverse, at the first fetch and at every refresh.
 */
public enum KeyMode {
    /** A key created under a sandbox account ({@code aug_sk_test_...}). */
    SANDBOX("aug_sk_test_"),
    /** A key created under a production account ({@code aug_sk_prod_...}). */
    PRODUCTION("aug_sk_prod_");

    private final String prefix;

    KeyMode(String prefix) {
        this.prefix = prefix;
    }

    /** Returns the key prefix of this mode, e.g. {@code aug_sk_prod_}. */
    public String prefix() {
        return prefix;
    }

    /**
     * Parses a configured mode: {@code sandbox} or {@code production} (also {@code test} and
     * {@code prod}), ignoring case and surrounding blanks.
     *
     * @throws ConfigurationException if the value is none of these; the message lists them
     */
    public static KeyMode parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "sandbox":
            case "test":
                return SANDBOX;
            case "production":
            case "prod":
                return PRODUCTION;
            default:
                throw new ConfigurationException("Unknown key mode '" + value.trim()
                        + "': use 'sandbox' or 'production' (AUGNO_KEY_MODE / augno.keyMode)");
        }
    }

    /** Returns the lower-case name used in configuration: {@code sandbox} or {@code production}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
