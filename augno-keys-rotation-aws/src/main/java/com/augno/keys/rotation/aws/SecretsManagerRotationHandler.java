package com.augno.keys.rotation.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The Secrets Manager rotation function for an Augno API key: Secrets Manager invokes it four times
 * per rotation ({@code createSecret}, {@code setSecret}, {@code testSecret}, {@code finishSecret})
 * with the secret's ARN and the new version's {@code ClientRequestToken}.
 *
 * <ul>
 *   <li><b>Guards</b>, as AWS documents them: rotation must be enabled; the token must be a version
 *       of the secret; a version already {@code AWSCURRENT} means the step is done; a version that is
 *       not {@code AWSPENDING} is an error.
 *   <li><b>createSecret</b>: reads the key to rotate from the secret ({@code {"api_key": ...,
 *       "key_id": "apke_..."}}, or the {@code augno:key-id} tag), calls Augno's rotate with
 *       {@code revoke_at = now + overlap} and an idempotency key derived from the ARN and the token,
 *       and stores the new key as {@code AWSPENDING} with the same token (and the
 *       {@code RotationToken} when the event has one). A retried step never mints twice: it finds
 *       the pending version, or Augno replays the first answer.
 *   <li><b>setSecret</b>: nothing to do; Augno activates a key when it mints it.
 *   <li><b>testSecret</b>: calls Augno with the pending key; a 2xx, or a 403 for a scoped key,
 *       proves it works (as {@link KeyRotator} reads it).
 *   <li><b>finishSecret</b>: moves {@code AWSCURRENT} to the new version; the old one becomes
 *       {@code AWSPREVIOUS}.
 * </ul>
 *
 * <p>A failed step throws {@link RotationStepException}, so that Secrets Manager retries and finally
 * reports {@code RotationFailed}: a rotation that minted a key but could not store it is logged at
 * ERROR as {@code ROTATION STALLED} (the old key still dies on schedule). Nothing it logs or throws
 * holds a secret or the rotation token.
 *
 * <p>Lambda uses the no-argument constructor, configured by the environment:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>variable</th><th>default</th></tr>
 *   <tr><td>{@code AUGNO_ADMIN_SECRET}</td><td>none: the rotated key acts as its own admin key
 *       (self-rotation of an admin key)</td></tr>
 *   <tr><td>{@code AUGNO_BASE_URL}</td><td>{@code https://api.augno.com}</td></tr>
 *   <tr><td>{@code AUGNO_ROTATION_OVERLAP}</td><td>{@code P7D} (ISO-8601; at most 30 days)</td></tr>
 *   <tr><td>{@code AWS_REGION}</td><td>set by Lambda</td></tr>
 * </table>
 *
 * <p>Thread-safe.
 */
public final class SecretsManagerRotationHandler implements RequestHandler<SecretsManagerRotationEvent, Void> {
    /** The default overlap of an automated rotation: 7 days, so a stalled rotation has days to be fixed. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerRotationHandler.class);

    private final RotationSteps steps;

    /**
     * Creates the function from the environment (see the class description); Lambda calls this.
     *
     * @throws ConfigurationException when a setting is malformed
     */
    public SecretsManagerRotationHandler() {
        this(fromEnvironment());
    }

    private SecretsManagerRotationHandler(Builder b) {
        SecretsManagerClient sm = Objects.requireNonNull(b.secretsManager, "secretsManager == null");
        SecretProvider admin = b.adminKey;
        String baseUrl = b.baseUrl;
        Clock clock = b.clock;
        Sleeper sleeper = b.sleeper;
        Function<SecretProvider, AugnoClient> clients = provider -> {
            AugnoClient.Builder cb =
                    AugnoClient.builder().secretProvider(provider).clock(clock).sleeper(sleeper);
            if (baseUrl != null) {
                cb.baseUrl(baseUrl);
            }
            return cb.build();
        };
        Function<ApiKey, AugnoClient> adminClient = current -> clients.apply(
                admin != null ? admin : new FixedKey(current, "the rotated secret's current key (self-rotation)"));
        this.steps = new RotationSteps(sm, adminClient, clients, b.overlap, clock, sleeper);
    }

    /** Returns a builder, for running the function outside Lambda's default set-up (and for tests). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs one rotation step.
     *
     * @throws RotationStepException when the step failed (Secrets Manager retries it)
     * @throws IllegalArgumentException when the event lacks its step, secret id or token
     */
    @Override
    public @Nullable Void handleRequest(SecretsManagerRotationEvent event, @Nullable Context context) {
        String step = require(event.getStep(), "Step");
        String arn = require(event.getSecretId(), "SecretId");
        String token = require(event.getClientRequestToken(), "ClientRequestToken");
        LOG.info("{} for {} (version {})", step, arn, token);
        try {
            steps.run(step, arn, token, event.getRotationToken());
        } catch (RuntimeException e) {
            LOG.error("{} failed for {} (version {}): {}", step, arn, token, e.getMessage());
            throw e;
        }
        return null;
    }

    private static String require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The rotation event has no " + field + ".");
        }
        return value;
    }

    private static Builder fromEnvironment() {
        Builder b = builder()
                .secretsManager(SecretsManagerClient.builder()
                        .httpClientBuilder(UrlConnectionHttpClient.builder())
                        .build());
        String admin = System.getenv("AUGNO_ADMIN_SECRET");
        if (admin != null && !admin.isBlank()) {
            b.adminKey(SecretProviders.fromUri(admin));
        }
        String baseUrl = System.getenv("AUGNO_BASE_URL");
        if (baseUrl != null && !baseUrl.isBlank()) {
            b.baseUrl(baseUrl);
        }
        String overlap = System.getenv("AUGNO_ROTATION_OVERLAP");
        if (overlap != null && !overlap.isBlank()) {
            try {
                b.overlap(Duration.parse(overlap.trim()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ConfigurationException("AUGNO_ROTATION_OVERLAP must be an ISO-8601 duration of at least "
                        + KeyRotator.DEFAULT_MINIMUM_OVERLAP
                        + " and at most 30 days, e.g. P7D: " + overlap);
            }
        }
        return b;
    }

    /** Builds a {@link SecretsManagerRotationHandler}. Not thread-safe. */
    public static final class Builder {
        private @Nullable SecretsManagerClient secretsManager;
        private @Nullable SecretProvider adminKey;
        private @Nullable String baseUrl;
        private Duration overlap = DEFAULT_OVERLAP;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {}

        /** Sets the Secrets Manager client (required). The function does not close it. */
        public Builder secretsManager(SecretsManagerClient secretsManager) {
            this.secretsManager = Objects.requireNonNull(secretsManager, "secretsManager == null");
            return this;
        }

        /**
         * Sets where the admin key comes from. If not specified, the rotated secret's current key acts
         * as its own admin key (an admin key rotating itself).
         */
        public Builder adminKey(SecretProvider adminKey) {
            this.adminKey = Objects.requireNonNull(adminKey, "adminKey == null");
            return this;
        }

        /** Sets Augno's base URL. If not specified, {@code https://api.augno.com}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
            return this;
        }

        /**
         * Sets how long the old key keeps working after the new one is minted. If not specified, 7
         * days.
         *
         * @throws IllegalArgumentException when shorter than twice (client refresh + stale window),
         *     2 h 10 min with the SDK's defaults, or longer than 30 days
         */
        public Builder overlap(Duration overlap) {
            Objects.requireNonNull(overlap, "overlap == null");
            Duration min = KeyRotator.DEFAULT_MINIMUM_OVERLAP;
            if (overlap.compareTo(min) < 0 || overlap.compareTo(KeyRotator.MAX_OVERLAP) > 0) {
                throw new IllegalArgumentException(
                        "overlap must be between " + min + " and " + KeyRotator.MAX_OVERLAP + ": " + overlap);
            }
            this.overlap = overlap;
            return this;
        }

        /** Sets the clock (for tests). If not specified, the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Sets how the function waits between retries (for tests). If not specified, {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Builds the function.
         *
         * @throws IllegalStateException when no Secrets Manager client was set
         */
        public SecretsManagerRotationHandler build() {
            if (secretsManager == null) {
                throw new IllegalStateException("secretsManager == null");
            }
            return new SecretsManagerRotationHandler(this);
        }
    }
}
