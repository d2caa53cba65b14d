package com.augno.keys.cli;

import com.augno.sdk.SecretProviders;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the commands read from outside the command line: system properties, environment variables,
 * the clock and how to wait. Tests pass their own, so no test changes process-wide state.
 */
final class CliContext {
    private final Function<String, @Nullable String> properties;
    private final Map<String, String> environment;
    private final Clock clock;
    private final Function<String, SecretProvider> opener;
    private final Sleeper sleeper;

    CliContext(Function<String, @Nullable String> properties, Map<String, String> environment, Clock clock) {
        this(properties, environment, clock, SecretProviders::fromUri);
    }

    CliContext(
            Function<String, @Nullable String> properties,
            Map<String, String> environment,
            Clock clock,
            Function<String, SecretProvider> opener) {
        this(properties, environment, clock, opener, Sleeper.system());
    }

    CliContext(
            Function<String, @Nullable String> properties,
            Map<String, String> environment,
            Clock clock,
            Function<String, SecretProvider> opener,
            Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        this.properties = Objects.requireNonNull(properties, "properties == null");
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.opener = Objects.requireNonNull(opener, "opener == null");
    }

    /** Returns the real system properties, environment, system clock and secret stores. */
    static CliContext system() {
        return new CliContext(System::getProperty, System.getenv(), Clock.systemUTC());
    }

    /** Opens the secret provider (or writable store) a reference names. */
    Function<String, SecretProvider> opener() {
        return opener;
    }

    Function<String, @Nullable String> properties() {
        return properties;
    }

    Map<String, String> environment() {
        return environment;
    }

    Clock clock() {
        return clock;
    }

    /** How the commands wait between retries (the API client's and the rotator's backoff). */
    Sleeper sleeper() {
        return sleeper;
    }
}
