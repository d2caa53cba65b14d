package com.augno.sdk.benchmarks;

import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.security.SecureRandom;

/**
 * Fake keys made at run time (no key-shaped literal in the repository) and a store that always
 * answers with one, for the benchmarks.
 */
final class BenchKeys {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BenchKeys() {}

    /** Returns a new key of {@code mode} with a random body of {@code length} characters. */
    static String newKey(KeyMode mode, int length) {
        StringBuilder b = new StringBuilder(mode.prefix());
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Returns a store that answers every fetch with {@code key} at once. */
    static SecretProvider fixed(String key) {
        return new SecretProvider() {
            @Override
            public SecretValue fetch() {
                return SecretValue.of(key);
            }

            @Override
            public String description() {
                return "benchmark (in memory)";
            }
        };
    }
}
