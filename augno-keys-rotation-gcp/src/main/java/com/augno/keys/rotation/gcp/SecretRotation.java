package com.augno.keys.rotation.gcp;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.RotationIncompleteException;
import com.augno.sdk.keys.RotationReport;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.gax.rpc.NotFoundException;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rotation of one secret on a {@code SECRET_ROTATE} message, and what makes it safe to run
 * again: a version newer than the event means the work is done; a new key that could not be stored
 * is held (in this instance) and stored first on the next delivery.
 */
final class SecretRotation {
    private static final Logger LOG = LoggerFactory.getLogger(SecretRotation.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_KEYS_SCANNED = 1000;

    private final SecretManagerServiceClient client;
    private final Function<ApiKey, AugnoClient> adminClient;
    private final Function<SecretProvider, AugnoClient> clients;
    private final Duration overlap;
    private final Clock clock;
    private final Sleeper sleeper;
    // Keys minted but not stored, by secret: the next delivery stores them instead of minting again.
    private final Map<String, ApiKey> held = new ConcurrentHashMap<>();

    SecretRotation(
            SecretManagerServiceClient client,
            Function<ApiKey, AugnoClient> adminClient,
            Function<SecretProvider, AugnoClient> clients,
            Duration overlap,
            Clock clock,
            Sleeper sleeper) {
        this.client = client;
        this.adminClient = adminClient;
        this.clients = clients;
        this.overlap = overlap;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Rotates the key in {@code secretName} unless a version newer than {@code eventTime} exists.
     *
     * @throws RuntimeException when the rotation failed or stalled (the message is not acknowledged)
     */
    void rotate(String secretName, String project, String secret, Instant eventTime) {
        ApiKey pending = held.get(secretName);
        if (pending != null) {
            storeHeld(secretName, project, secret, pending);
            return;
        }
        Instant latest = latestVersionTime(secretName);
        if (latest != null && latest.isAfter(eventTime)) {
            LOG.info(
                    "{} has a version created at {}, after the rotation event of {}: already rotated, nothing to do",
                    secretName,
                    latest,
                    eventTime);
            return;
        }
        String document;
        try (GcpSecretManagerSecretProvider whole = store(project, secret, false)) {
            document = whole.fetch().reveal();
        }
        boolean json = document.trim().startsWith("{");
        try (GcpSecretManagerSecretProvider store = store(project, secret, json)) {
            ApiKey current = ApiKey.parse(store.fetch(), store.description());
            try (AugnoClient admin = adminClient.apply(current)) {
                String keyId = keyId(admin, current, json ? declaredKeyId(document) : null, secretName);
                KeyRotator rotator = KeyRotator.builder(admin, store)
                        .overlap(overlap)
                        .clock(clock)
                        .sleeper(sleeper)
                        .verificationClient(clients)
                        .build();
                RotationReport report;
                try {
                    report = rotator.rotate(keyId);
                } catch (RotationIncompleteException e) {
                    e.unstoredSecret().ifPresent(k -> held.put(secretName, k));
                    LOG.error(
                            "ROTATION STALLED for {}: {} The message is not acknowledged; its redelivery stores the"
                                    + " key minted now (this instance holds it).",
                            secretName,
                            e.getMessage());
                    throw e;
                }
                if (!report.verified()) {
                    LOG.error(
                            "ROTATION NOT VERIFIED for {}: {} stored as version {}, but {}",
                            secretName,
                            report.newKeyRedacted(),
                            report.storeVersion(),
                            report.verificationDetail());
                    throw new IllegalStateException("The rotation of " + secretName + " stored "
                            + report.newKeyRedacted() + " but could not verify it: " + report.verificationDetail());
                }
                LOG.info(
                        "{} rotated: {} ({}) replaced by {} ({}) in version {}; the old key works until {}",
                        secretName,
                        report.oldKeyId(),
                        report.oldKeyRedacted(),
                        report.newKeyId(),
                        report.newKeyRedacted(),
                        report.storeVersion(),
                        report.oldKeyRevokesAt());
            }
        }
    }

    /** Stores a key an earlier delivery minted but could not store, then checks it works. */
    private void storeHeld(String secretName, String project, String secret, ApiKey key) {
        String document;
        try (GcpSecretManagerSecretProvider whole = store(project, secret, false)) {
            document = whole.fetch().reveal();
        }
        try (GcpSecretManagerSecretProvider store =
                store(project, secret, document.trim().startsWith("{"))) {
            String version = store.put(key.toSecretValue(), PutOptions.none());
            ApiKey stored = ApiKey.parse(store.fetch(), store.description());
            if (!stored.sameKeyAs(key)) {
                throw new IllegalStateException("The stalled rotation of " + secretName + " stored " + key.redacted()
                        + " but reads back " + stored.redacted() + " (another writer?)");
            }
            authenticates(stored, secretName);
            held.remove(secretName);
            LOG.info("{}: the stalled rotation finished: {} stored as version {}", secretName, key.redacted(), version);
        }
    }

    /** Checks that a key authenticates, as {@link KeyRotator} reads it (a 403 for a scoped key counts). */
    private void authenticates(ApiKey key, String secretName) {
        try (AugnoClient c = clients.apply(new FixedKey(key, "the key rotated into " + secretName))) {
            c.auth().apiKeys().list();
        } catch (PermissionDeniedException e) {
            if (!e.keyAuthenticated()) {
                throw e;
            }
        }
    }

    private @Nullable Instant latestVersionTime(String secretName) {
        try {
            SecretVersion v = client.getSecretVersion(secretName + "/versions/latest");
            return Instant.ofEpochSecond(
                    v.getCreateTime().getSeconds(), v.getCreateTime().getNanos());
        } catch (NotFoundException e) {
            return null;
        }
    }

    private GcpSecretManagerSecretProvider store(String project, String secret, boolean json) {
        GcpSecretManagerSecretProvider.Builder b = GcpSecretManagerSecretProvider.builder()
                .project(project)
                .secret(secret)
                .client(client)
                .clock(clock);
        if (json) {
            b.jsonField("api_key");
        }
        return b.build();
    }

    private static @Nullable String declaredKeyId(String document) {
        try {
            JsonNode id = MAPPER.readTree(document).get("key_id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Finds the id of the key the secret holds: the active key with its redacted value. A
     * {@code key_id} in the secret settles a tie (the function does not rewrite it, so an old one is
     * ignored).
     */
    private String keyId(AugnoClient admin, ApiKey current, @Nullable String declared, String secretName) {
        Instant now = clock.instant();
        List<ApiKeyInfo> matches = admin.auth().apiKeys().list().autoPager().stream()
                .limit(MAX_KEYS_SCANNED)
                .filter(k -> k.redactedValue().equals(current.redacted()))
                .filter(k -> k.status(now).equals(ApiKeyStatus.ACTIVE))
                .collect(Collectors.toList());
        if (declared != null) {
            for (ApiKeyInfo k : matches) {
                if (k.id().equals(declared)) {
                    return declared;
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        throw new AugnoException(
                matches.isEmpty()
                        ? "No active key is " + current.redacted() + ", the key in " + secretName
                                + ": it is revoked or belongs to another account."
                        : matches.size() + " active keys share the redacted value " + current.redacted()
                                + ": add \"key_id\"" + " to the JSON in " + secretName + " to say which one it holds.");
    }
}
