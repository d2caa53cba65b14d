package com.augno.keys.rotation.gcp;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.google.cloud.functions.CloudEventsFunction;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cloud Run function that rotates an Augno API key when Secret Manager publishes
 * {@code SECRET_ROTATE} for the secret holding it (the secret's rotation schedule and Pub/Sub
 * topic), using {@link KeyRotator}: Augno's rotate with {@code revoke_at = now + overlap}, the new
 * key written as a new version of the same secret, read back and verified.
 *
 * <ul>
 *   <li>Acts on {@code eventType=SECRET_ROTATE} only; {@code SECRET_VERSION_ADD} (which its own
 *       write causes), {@code TOPIC_CONFIGURED} and every other type are acknowledged and ignored.
 *   <li>Pub/Sub delivers at least once: a message id already handled by this instance is ignored,
 *       and a secret that has a version newer than the event's publish time is already rotated.
 *   <li>A rotation that minted a key but could not store it (or could not verify it) is logged at
 *       ERROR ({@code ROTATION STALLED}) and the message is not acknowledged (the function throws):
 *       Pub/Sub redelivers it, and the redelivery stores the key this instance holds instead of
 *       minting another. The old key still dies on schedule, which is why the default overlap is 7
 *       days and why {@code docs/rotation.md} asks for an alert on these lines.
 * </ul>
 *
 * <p>Cloud Run uses the no-argument constructor, configured by the environment:
 * {@code AUGNO_ADMIN_SECRET} (a secret reference; if not set, the rotated key acts as its own admin
 * key), {@code AUGNO_BASE_URL}, {@code AUGNO_ROTATION_OVERLAP} (ISO-8601, default {@code P7D}).
 * Nothing it logs or throws holds a secret. Thread-safe.
 */
public final class SecretRotateFunction implements CloudEventsFunction {
    /** The default overlap of an automated rotation: 7 days. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofDays(7);
    /** The one event type that rotates. */
    public static final String SECRET_ROTATE = "SECRET_ROTATE";

    private static final Logger LOG = LoggerFactory.getLogger(SecretRotateFunction.class);
    private static final Pattern SECRET_NAME = Pattern.compile("projects/([^/]+)/secrets/([^/]+)");
    private static final int REMEMBERED_MESSAGES = 1000;

    private final SecretRotation rotation;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Set<String> handled = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_MESSAGES;
        }
    });

    /**
     * Creates the function from the environment (see the class description); Cloud Run calls this.
     *
     * @throws ConfigurationException when a setting is malformed or the Google client cannot be made
     */
    public SecretRotateFunction() {
        this(fromEnvironment());
    }

    private SecretRotateFunction(Builder b) {
        SecretManagerServiceClient client = Objects.requireNonNull(b.secretManager, "secretManager == null");
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
        this.rotation = new SecretRotation(client, adminClient, clients, b.overlap, clock, sleeper);
    }

    /** Returns a builder, for running the function outside Cloud Run's default set-up (and for tests). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Handles one Pub/Sub message from Secret Manager.
     *
     * @throws RuntimeException when a rotation failed or stalled: the message is redelivered
     */
    @Override
    public void accept(CloudEvent event) {
        CloudEventData data = event.getData();
        PubSubMessage message;
        try {
            message = PubSubMessage.parse(data == null ? null : data.toBytes());
        } catch (IllegalArgumentException e) {
            // A message that cannot be read never will be: acknowledge it, loudly.
            LOG.error("Ignoring event {}: {}", event.getId(), e.getMessage());
            return;
        }
        String type = message.attribute("eventType").orElse("");
        String secretName = message.attribute("secretId").orElse("");
        if (!type.equals(SECRET_ROTATE)) {
            LOG.info(
                    "Ignoring {} for {} (message {}): only SECRET_ROTATE rotates",
                    type,
                    secretName,
                    message.messageId());
            return;
        }
        Matcher m = SECRET_NAME.matcher(secretName);
        if (!m.matches()) {
            LOG.error("Ignoring SECRET_ROTATE message {}: secretId is not projects/*/secrets/*", message.messageId());
            return;
        }
        synchronized (locks.computeIfAbsent(secretName, k -> new Object())) {
            synchronized (handled) {
                if (handled.contains(message.messageId())) {
                    LOG.info("Message {} for {} was handled already (redelivery)", message.messageId(), secretName);
                    return;
                }
            }
            LOG.info(
                    "SECRET_ROTATE for {} (message {}, published {})",
                    secretName,
                    message.messageId(),
                    message.publishTime());
            try {
                rotation.rotate(secretName, m.group(1), m.group(2), message.publishTime());
            } catch (RuntimeException e) {
                LOG.error(
                        "Rotation of {} failed (message {}, redelivered later): {}",
                        secretName,
                        message.messageId(),
                        e.getMessage());
                throw e;
            }
            synchronized (handled) {
                handled.add(message.messageId());
            }
        }
    }

    private static Builder fromEnvironment() {
        Builder b = builder();
        try {
            b.secretManager(SecretManagerServiceClient.create());
        } catch (IOException e) {
            throw new ConfigurationException("Could not create the Secret Manager client: " + e.getMessage(), e);
        }
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
                throw new ConfigurationException(
                        "AUGNO_ROTATION_OVERLAP must be an ISO-8601 duration between PT2H10M and P30D, e.g. P7D: "
                                + overlap);
            }
        }
        return b;
    }

    /** Builds a {@link SecretRotateFunction}. Not thread-safe. */
    public static final class Builder {
        private @Nullable SecretManagerServiceClient secretManager;
        private @Nullable SecretProvider adminKey;
        private @Nullable String baseUrl;
        private Duration overlap = DEFAULT_OVERLAP;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {}

        /** Sets the Secret Manager client (required). The function does not close it. */
        public Builder secretManager(SecretManagerServiceClient secretManager) {
            this.secretManager = Objects.requireNonNull(secretManager, "secretManager == null");
            return this;
        }

        /** Sets where the admin key comes from. If not specified, the rotated key acts as its own admin key. */
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
         * @throws IllegalArgumentException when shorter than {@link KeyRotator}'s minimum with the
         *     SDK's client defaults (2 h 10 min) or longer than 30 days
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
         * @throws IllegalStateException when no Secret Manager client was set
         */
        public SecretRotateFunction build() {
            if (secretManager == null) {
                throw new IllegalStateException("secretManager == null");
            }
            return new SecretRotateFunction(this);
        }
    }
}
