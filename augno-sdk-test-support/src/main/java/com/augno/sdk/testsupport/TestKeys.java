package com.augno.sdk.testsupport;

import java.security.SecureRandom;

/**
 * Fake Augno API keys generated at run time, so that no key-shaped literal is ever committed.
 *
 * <p>Every key made here is registered with {@link LeakCanary}: a test whose captured output or
 * checked text contains it fails. Keys have the live format: a mode prefix and 48 random URL-safe
 * characters.
 */
public final class TestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // Built from parts so that no scanner sees a prefix literal with a body.
    private static final String SANDBOX_PREFIX = "aug_sk_" + "test_";
    private static final String PRODUCTION_PREFIX = "aug_sk_" + "prod_";

    private TestKeys() {}

    /** Returns a new sandbox key ({@code aug_sk_test_...}), registered with the canary. */
    public static String sandbox() {
        return LeakCanary.register(SANDBOX_PREFIX + randomBody(48));
    }

    /** Returns a new production key ({@code aug_sk_prod_...}), registered with the canary. */
    public static String production() {
        return LeakCanary.register(PRODUCTION_PREFIX + randomBody(48));
    }

    /** Returns a new production key used as the canary of a test; same as {@link #production()}. */
    public static String canary() {
        return production();
    }

    /** Returns the prefix of sandbox keys. */
    public static String sandboxPrefix() {
        return SANDBOX_PREFIX;
    }

    /** Returns the prefix of production keys. */
    public static String productionPrefix() {
        return PRODUCTION_PREFIX;
    }

    /** Returns the redacted form of a key: prefix, {@code ****}, last four characters. */
    public static String redacted(String key) {
        String prefix = key.startsWith(SANDBOX_PREFIX) ? SANDBOX_PREFIX : PRODUCTION_PREFIX;
        return prefix + "****" + key.substring(key.length() - 4);
    }

    /** Returns {@code length} random characters of the key alphabet. */
    public static String randomBody(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
