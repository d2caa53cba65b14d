package com.augno.sdk.secrets;

import com.augno.sdk.errors.ConfigurationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mode of an Augno (OpenMRP) API key, told by its prefix: sandbox keys start with
 * {@code mrp_sk_test_} (or, minted before the August 2026 rename, {@code aug_sk_test_}),
 * production keys with {@code mrp_sk_prod_} (or {@code aug_sk_prod_}).
 *
 * <p>This enum is the one place that knows the key prefixes: {@link #prefixes()} lists them,
 * newest brand first, and everything else that knows a key's shape ({@link KeyShapes}, the
 * redactor, the scanner, the test fake) derives from it.
 *
 * <p>A client built with {@code keyMode(KeyMode.PRODUCTION)} refuses a sandbox key, and the
 * reverse, at the first fetch and at every refresh.
 */
public enum KeyMode {
    /** A key created under a sandbox account ({@code mrp_sk_test_...} or {@code aug_sk_test_...}). */
    SANDBOX("test_"),
    /** A key created under a production account ({@code mrp_sk_prod_...} or {@code aug_sk_prod_...}). */
    PRODUCTION("prod_");

    private final List<String> prefixes;

    KeyMode(String modePart) {
        // A loop, not a stream: this runs at start-up, where streams cost class loading.
        String[] prefixes = new String[Brands.ALL.size()];
        for (int i = 0; i < prefixes.length; i++) {
            prefixes[i] = Brands.ALL.get(i) + modePart;
        }
        this.prefixes = List.of(prefixes);
    }

    /**
     * Returns the key prefix of this mode for keys minted today, e.g. {@code mrp_sk_prod_}. Keys of
     * the older brand ({@code aug_sk_prod_}) are still accepted: see {@link #prefixes()}.
     */
    public String prefix() {
        return prefixes.get(0);
    }

    /** Returns every key prefix of this mode, newest brand first: {@code mrp_sk_prod_}, {@code aug_sk_prod_}. */
    public List<String> prefixes() {
        return prefixes;
    }

    /** Returns the key brands, newest first: {@code mrp_sk_} and {@code aug_sk_}. */
    public static List<String> brands() {
        return Brands.ALL;
    }

    /**
     * Returns the mode whose prefix {@code keyLike} starts with (a key or its redacted form), or
     * empty when it starts with no known prefix.
     */
    public static Optional<KeyMode> ofPrefix(String keyLike) {
        for (KeyMode m : values()) {
            for (String p : m.prefixes) {
                if (keyLike.startsWith(p)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The key brands, newest first: {@code mrp_sk_} (OpenMRP, since the rename of August 2026) and
     * {@code aug_sk_} (keys minted before it, still valid). Written in parts so that no scanner
     * takes a prefix followed by a body for a key. (A holder class: enum constructors cannot read
     * the enum's own static fields.)
     */
    private static final class Brands {
        static final List<String> ALL = List.of("mrp" + "_sk_", "aug" + "_sk_");
    }

    /**
     * Parses a configured mode: {@code sandbox} or {@code production} (also {@code test} and
     * {@code prod}), ignoring case and surrounding blanks.
     *
     * @throws ConfigurationException if the value is none of these; the message lists them and
     *     shows the value only when it holds nothing key-shaped
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
                KeyShapes.refuseKey(value, "The key mode (AUGNO_KEY_MODE / augno.keyMode)");
                throw new ConfigurationException("Unknown key mode '" + value.trim()
                        + "': use 'sandbox' or 'production' (AUGNO_KEY_MODE / augno.keyMode)");
        }
    }

    /** Returns the lower-case name used in configuration: {@code sandbox} or {@code production}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
