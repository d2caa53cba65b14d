package com.augno.keys.rotation.aws;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.auth.ApiKeyRotateParams;
import com.augno.sdk.auth.ApiKeySecretNotReturnedException;
import com.augno.sdk.auth.CreatedApiKey;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * The four rotation steps on one secret, with the guards of AWS's rotation templates. Every step
 * may run again (Secrets Manager and Lambda retry; responses get lost) or twice at once: each one
 * first looks at what is already done.
 */
final class RotationSteps {
    static final String AWSCURRENT = "AWSCURRENT";
    static final String AWSPENDING = "AWSPENDING";
    /** The tag that names the key to rotate when the secret's JSON has no {@code key_id}. */
    static final String KEY_ID_TAG = "augno:key-id";

    private static final Logger LOG = LoggerFactory.getLogger(RotationSteps.class);
    // A rotate call answered without the secret (a replay) names the key it made; following that
    // chain ends at a call that returns one. Bounded, in case of a server that never does.
    private static final int MAX_REPLAY_HOPS = 4;
    private static final int CONFLICT_ATTEMPTS = 4;

    private final SecretsManagerClient sm;
    private final Function<ApiKey, AugnoClient> adminClient;
    private final Function<SecretProvider, AugnoClient> verificationClient;
    private final Duration overlap;
    private final Clock clock;
    private final Sleeper sleeper;

    RotationSteps(
            SecretsManagerClient sm,
            Function<ApiKey, AugnoClient> adminClient,
            Function<SecretProvider, AugnoClient> verificationClient,
            Duration overlap,
            Clock clock,
            Sleeper sleeper) {
        this.sm = sm;
        this.adminClient = adminClient;
        this.verificationClient = verificationClient;
        this.overlap = overlap;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Runs one step after the guards; returns quietly when the step has nothing left to do. */
    void run(String step, String arn, String token, @Nullable String rotationToken) {
        DescribeSecretResponse metadata = sm.describeSecret(b -> b.secretId(arn));
        if (!Boolean.TRUE.equals(metadata.rotationEnabled())) {
            throw new RotationStepException("Secret " + arn + " is not enabled for rotation.");
        }
        Map<String, List<String>> versions = metadata.versionIdsToStages();
        List<String> stages = versions.get(token);
        if (stages == null) {
            throw new RotationStepException(
                    "Secret version " + token + " has no stage for rotation of secret " + arn + ".");
        }
        if (stages.contains(AWSCURRENT)) {
            LOG.info("{}: version {} of {} is already AWSCURRENT; nothing to do", step, token, arn);
            return;
        }
        if (!stages.contains(AWSPENDING)) {
            throw new RotationStepException(
                    "Secret version " + token + " is not AWSPENDING for rotation of secret " + arn + ".");
        }
        switch (step) {
            case "createSecret":
                createSecret(arn, token, rotationToken, metadata);
                break;
            case "setSecret":
                // Augno activates a key when it mints it: there is no service to configure.
                LOG.info("setSecret: nothing to do for {} (Augno keys work as soon as they are minted)", arn);
                break;
            case "testSecret":
                testSecret(arn, token);
                break;
            case "finishSecret":
                finishSecret(arn, token, versions);
                break;
            default:
                throw new RotationStepException("Unknown rotation step '" + step + "' for secret " + arn + ".");
        }
    }

    // ------------------------------------------------------------------ createSecret

    private void createSecret(
            String arn, String token, @Nullable String rotationToken, DescribeSecretResponse metadata) {
        SecretDocument current = document(sm.getSecretValue(b -> b.secretId(arn).versionStage(AWSCURRENT)), arn);
        if (pendingExists(arn, token)) {
            LOG.info("createSecret: the pending version {} of {} is already written", token, arn);
            return;
        }
        String keyId = current.keyId()
                .or(() -> tag(metadata, KEY_ID_TAG))
                .orElseThrow(() -> new RotationStepException("Secret " + arn
                        + " does not name the key to rotate: store it as JSON {\"api_key\": ..., \"key_id\":"
                        + " \"apke_...\"} or tag the secret " + KEY_ID_TAG + "=apke_..."));
        String idempotencyKey = idempotencyKey(arn, token);
        try (AugnoClient admin = adminClient.apply(current.key())) {
            ApiKeyInfo old = admin.auth().apiKeys().get(keyId);
            if (!old.redactedValue().equals(current.key().redacted())) {
                throw new RotationStepException(
                        "Secret " + arn + " holds " + current.key().redacted() + ", but key "
                                + keyId + " is " + old.redactedValue()
                                + ": fix key_id (or the " + KEY_ID_TAG + " tag) before rotating.");
            }
            Minted minted = mint(admin, old, arn, token, idempotencyKey);
            if (minted == null) {
                LOG.info("createSecret: another invocation wrote the pending version {} of {}", token, arn);
                return;
            }
            writePending(arn, token, rotationToken, current, minted.created, minted.oldDies);
        }
    }

    /** A new key, and when the key it replaces dies. */
    private record Minted(CreatedApiKey created, Instant oldDies) {}

    /**
     * Mints the replacement, or returns null when another invocation already stored it. A retried
     * step sends the same idempotency key and the same {@code revoke_at} (read back from the old
     * key), so Augno replays the first answer instead of minting again.
     */
    private @Nullable Minted mint(AugnoClient admin, ApiKeyInfo old, String arn, String token, String idempotencyKey) {
        String keyId = old.id();
        String idem = idempotencyKey;
        AugnoException last = null;
        Instant oldDies = null;
        for (int attempt = 1, hops = 0; attempt <= CONFLICT_ATTEMPTS && hops <= MAX_REPLAY_HOPS; attempt++) {
            ApiKeyInfo target = admin.auth().apiKeys().get(keyId);
            // The first call picks revoke_at; a retry reuses the one the first call set.
            Instant revokeAt = target.revokedAt()
                    .filter(t -> t.isAfter(clock.instant()))
                    .orElse(clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(overlap));
            boolean orphan = !keyId.equals(old.id());
            if (!orphan) {
                oldDies = revokeAt;
            }
            ApiKeyRotateParams params = orphan
                    ? ApiKeyRotateParams.builder().build()
                    : ApiKeyRotateParams.builder().revokeAt(revokeAt).build();
            try {
                CreatedApiKey created = admin.auth()
                        .apiKeys()
                        .rotate(
                                keyId,
                                params,
                                RequestOptions.builder().idempotencyKey(idem).build());
                if (!orphan) {
                    LOG.info(
                            "createSecret: {} ({}) rotated into {} ({}); the old key works until {}",
                            keyId,
                            old.redactedValue(),
                            created.info().id(),
                            created.info().redactedValue(),
                            revokeAt);
                }
                return new Minted(created, Objects.requireNonNull(oldDies));
            } catch (ApiKeySecretNotReturnedException e) {
                // A replay without the secret: someone made this key before. Maybe an invocation
                // running at the same time, which then stores it.
                if (pendingExists(arn, token)) {
                    return null;
                }
                ApiKeyInfo lost = e.keyInfo();
                LOG.warn(
                        "createSecret: key {} ({}) was minted for {} but its secret is lost (the step died before"
                                + " storing it); revoking it now and minting its replacement",
                        lost.id(),
                        lost.redactedValue(),
                        arn);
                keyId = lost.id();
                idem = sha256("orphan\n" + idempotencyKey + "\n" + lost.id());
                hops++;
                attempt = 0;
            } catch (AugnoApiException e) {
                // In progress elsewhere, or the same key used with another revoke_at by a concurrent
                // invocation: wait, then look again.
                last = e;
                boolean retry = e.isTransient().orElse(e.statusCode() >= 500)
                        || e.statusCode() == 409
                        || isIdempotencyMismatch(e);
                if (!retry) {
                    throw new RotationStepException(
                            "Augno refused to rotate " + keyId + " for " + arn + ": " + e.getMessage(), e);
                }
                LOG.warn("createSecret: rotate call {} for {} answered {}; retrying", attempt, arn, e.getMessage());
                pause(attempt);
                if (pendingExists(arn, token)) {
                    return null;
                }
            }
        }
        throw new RotationStepException(
                "Rotation of " + arn + " could not mint its new key" + (last == null ? "" : ": " + last.getMessage())
                        + ". The step will be retried.",
                last);
    }

    private static boolean isIdempotencyMismatch(AugnoApiException e) {
        return e.param().filter("Idempotency-Key"::equals).isPresent();
    }

    private void writePending(
            String arn,
            String token,
            @Nullable String rotationToken,
            SecretDocument current,
            CreatedApiKey created,
            Instant oldDies) {
        String document = current.with(created.secret(), created.info().id());
        PutSecretValueRequest.Builder put = PutSecretValueRequest.builder()
                .secretId(arn)
                .clientRequestToken(token)
                .secretString(document)
                .versionStages(AWSPENDING);
        if (rotationToken != null) {
            put.rotationToken(rotationToken);
        }
        try {
            sm.putSecretValue(put.build());
        } catch (RuntimeException e) {
            // The key is minted and the old one dies on schedule: this must not go unnoticed.
            LOG.error(
                    "ROTATION STALLED for {}: new key {} ({}) was minted but could not be stored as AWSPENDING ({});"
                            + " the old key dies at {}. The step fails so that Secrets Manager retries it and reports"
                            + " RotationFailed; a retry stores the same key.",
                    arn,
                    created.info().id(),
                    created.info().redactedValue(),
                    e.getClass().getSimpleName(),
                    oldDies);
            throw new RotationStepException(
                    "Rotation of " + arn + " stalled: new key " + created.info().id() + " ("
                            + created.info().redactedValue() + ") could not be stored as AWSPENDING; the old key dies"
                            + " at " + oldDies + ". Secrets Manager retries the step.",
                    e);
        }
        LOG.info(
                "createSecret: stored {} ({}) as AWSPENDING version {} of {}",
                created.info().id(),
                created.info().redactedValue(),
                token,
                arn);
    }

    // ------------------------------------------------------------------ testSecret

    private void testSecret(String arn, String token) {
        SecretDocument pending =
                document(sm.getSecretValue(b -> b.secretId(arn).versionId(token).versionStage(AWSPENDING)), arn);
        ApiKey key = pending.key();
        try (AugnoClient client = verificationClient.apply(new FixedKey(key, "the AWSPENDING version of " + arn))) {
            // Any authenticated read proves the key; a bare-key secret has no key id to read.
            client.auth().apiKeys().list(ApiKeyListParams.builder().limit(1L).build());
            LOG.info("testSecret: the pending key {} of {} authenticates (2xx)", key.redacted(), arn);
        } catch (PermissionDeniedException e) {
            // As KeyRotator reads it: a scoped key may not read key records, yet it authenticated.
            if (e.keyAuthenticated()) {
                LOG.info(
                        "testSecret: the pending key {} of {} authenticates (403 for a scoped key)",
                        key.redacted(),
                        arn);
                return;
            }
            throw new RotationStepException(
                    "testSecret: Augno refused the pending key " + key.redacted() + " of " + arn + ": "
                            + e.getMessage(),
                    e);
        } catch (AugnoException e) {
            throw new RotationStepException(
                    "testSecret: calling Augno with the pending key " + key.redacted() + " of " + arn + " failed: "
                            + e.getMessage(),
                    e);
        }
    }

    // ------------------------------------------------------------------ finishSecret

    private void finishSecret(String arn, String token, Map<String, List<String>> versions) {
        String current = null;
        for (Map.Entry<String, List<String>> e : versions.entrySet()) {
            if (e.getValue().contains(AWSCURRENT)) {
                current = e.getKey();
            }
        }
        String from = current;
        sm.updateSecretVersionStage(b ->
                b.secretId(arn).versionStage(AWSCURRENT).moveToVersionId(token).removeFromVersionId(from));
        LOG.info("finishSecret: version {} of {} is AWSCURRENT (was {})", token, arn, from);
    }

    // ------------------------------------------------------------------ helpers

    private boolean pendingExists(String arn, String token) {
        try {
            sm.getSecretValue(b -> b.secretId(arn).versionId(token).versionStage(AWSPENDING));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static SecretDocument document(GetSecretValueResponse value, String arn) {
        String s = value.secretString();
        if (s == null) {
            throw new RotationStepException("Secret " + arn + " holds binary data; an Augno key secret is a string.");
        }
        return SecretDocument.parse(s, "secret " + arn + " version " + value.versionId());
    }

    private static Optional<String> tag(DescribeSecretResponse metadata, String key) {
        return metadata.tags().stream()
                .filter(t -> key.equals(t.key()))
                .map(Tag::value)
                .findFirst();
    }

    /** The idempotency key of the rotate call: the same for every run of one rotation of one secret. */
    static String idempotencyKey(String arn, String clientRequestToken) {
        return sha256("augno-aws-rotation\n" + arn + "\n" + clientRequestToken);
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void pause(int attempt) {
        try {
            sleeper.sleep(Duration.ofMillis(500L << Math.min(attempt - 1, 4)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RotationStepException("interrupted while waiting to retry", e);
        }
    }
}
