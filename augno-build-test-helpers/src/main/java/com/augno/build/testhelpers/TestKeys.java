package com.augno.build.testhelpers;

import java.security.SecureRandom;
import java.util.List;

/**
 * Fake API keys generated at run time, so that no key-shaped literal is ever committed.
 *
 * <p>Every key made here is registered with {@link LeakCanary}: a test whose captured output or
 * checked text contains it fails. Keys have the live format: a prefix and 48 random URL-safe
 * characters. The prefix has one of two brands: {@link #BRAND} ({@code mrp_sk_}, the default, what
 * the API mints since its rename to OpenMRP) or {@link #LEGACY_BRAND} ({@code aug_sk_}, keys minted
 * before it). This module depends on nothing of ours, so it spells the brands itself; a core test
 * checks that they equal {@code KeyMode.brands()}.
 */
public final class TestKeys {
    /** The brand of keys minted today: {@code mrp_sk_} (built from parts, so no scanner sees a key). */
    public static final String BRAND = "mrp" + "_sk_";
    /** The brand of keys minted before the rename: {@code aug_sk_}. */
    public static final String LEGACY_BRAND = "aug" + "_sk_";
    /**
     * A brand no SDK version knows ({@code xyz_sk_}): for tests that a secret of a future shape is
     * never dropped.
     */
    public static final String UNKNOWN_BRAND = "xyz" + "_sk_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private TestKeys() {}

    /** Returns the known brands, newest first: {@code mrp_sk_}, {@code aug_sk_}. */
    public static List<String> brands() {
        return List.of(BRAND, LEGACY_BRAND);
    }

    /** Returns a new sandbox key of the current brand ({@code mrp_sk_test_...}), registered with the canary. */
    public static String sandbox() {
        return sandbox(BRAND);
    }

    /** Returns a new production key of the current brand ({@code mrp_sk_prod_...}), registered with the canary. */
    public static String production() {
        return production(BRAND);
    }

    /**
     * Returns a new sandbox key of {@code brand} (e.g. {@link #LEGACY_BRAND}: {@code aug_sk_test_...}),
     * registered with the canary.
     */
    public static String sandbox(String brand) {
        return LeakCanary.register(brand + "test_" + randomBody(48));
    }

    /**
     * Returns a new production key of {@code brand} (e.g. {@link #LEGACY_BRAND}: {@code
     * aug_sk_prod_...}), registered with the canary.
     */
    public static String production(String brand) {
        return LeakCanary.register(brand + "prod_" + randomBody(48));
    }

    /** Returns a new production key used as the canary of a test; same as {@link #production()}. */
    public static String canary() {
        return production();
    }

    /** Returns the prefix of sandbox keys of the current brand ({@code mrp_sk_test_}). */
    public static String sandboxPrefix() {
        return BRAND + "test_";
    }

    /** Returns the prefix of production keys of the current brand ({@code mrp_sk_prod_}). */
    public static String productionPrefix() {
        return BRAND + "prod_";
    }

    /**
     * Returns the redacted form of a generated key of any brand: its prefix ({@code brand_sk_mode_}),
     * {@code ****}, its last four characters.
     */
    public static String redacted(String key) {
        return LeakCanary.redactOne(key);
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
