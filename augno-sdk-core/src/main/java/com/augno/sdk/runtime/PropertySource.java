package com.augno.sdk.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Where the guard reads system properties and environment variables. Tests pass a fake to simulate
 * every runtime; {@link #system()} reads the real ones at call time.
 */
interface PropertySource {

    /**
     * Returns the system property, or null when unset.
     *
     * @throws SecurityException when a security manager forbids the read (the guard counts it as unknown)
     */
    @Nullable
    String property(String key);

    /**
     * Returns the environment variable, or null when unset.
     *
     * @throws SecurityException when a security manager forbids the read (the guard counts it as unknown)
     */
    @Nullable
    String environmentVariable(String name);

    /** Returns the source that reads {@link System#getProperty(String)} and {@link System#getenv(String)}. */
    static PropertySource system() {
        return SystemPropertySource.INSTANCE;
    }

    /** Reads the real process state on every call: never cached, so a native image sees run-time values. */
    final class SystemPropertySource implements PropertySource {
        static final SystemPropertySource INSTANCE = new SystemPropertySource();

        private SystemPropertySource() {}

        @Override
        public @Nullable String property(String key) {
            return System.getProperty(key);
        }

        @Override
        public @Nullable String environmentVariable(String name) {
            return System.getenv(name);
        }
    }
}
