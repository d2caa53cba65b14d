package com.augno.sdk.keys;

import static com.augno.sdk.keys.RotationSettings.MISSING_ID;

import com.augno.sdk.auth.ApiKeyInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rotation, step by step: the pre-checks, the rotate call (or the orphan search when its
 * answer held no secret), the store write, the verification and the report. Each step is its own
 * part; this class only keeps their order and what passes between them.
 */
final class RotationRun {
    // Logged under KeyRotator, the name operators configure: the parts are not API.
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotator.class);

    private final RotationSettings settings;
    private final RotationPrecheck precheck;
    private final RotationMint mint;
    private final OrphanRecovery orphans;
    private final RotationStoreWriter storeWriter;
    private final RotationVerifier verifier;

    RotationRun(RotationSettings settings, RotationPrecheck precheck) {
        this.settings = settings;
        this.precheck = precheck;
        this.mint = new RotationMint(settings);
        this.orphans = new OrphanRecovery(settings, mint);
        this.storeWriter = new RotationStoreWriter(settings);
        this.verifier = new RotationVerifier(settings);
    }

    RotationReport run(String keyId, RotationKind kind, @Nullable Duration overlap) {
        RotationPrecheck.Prechecked pre = precheck.precheck(keyId, kind, overlap);
        String rotationId = UUID.randomUUID().toString();
        ApiKeyInfo old = pre.info();
        if (!pre.plan().ok() || old == null) {
            RotationState state = RotationState.of(
                    rotationId,
                    keyId,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    settings.store().description(),
                    "pre-checks failed",
                    List.of());
            LOG.warn("Rotation of {} refused by its pre-checks; nothing changed", keyId);
            throw new RotationPrecheckException(pre.plan(), state);
        }
        // Augno keeps timestamps to the second; so does the report.
        Instant startedAt = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Instant revokeAt = kind == RotationKind.SCHEDULED ? startedAt.plus(Objects.requireNonNull(overlap)) : null;
        List<String> recovery = new ArrayList<>();
        Set<String> before = orphans.keyIdsNamed(old.name());
        LOG.info(
                "Rotation {} of key {} ({}) started: {}",
                rotationId,
                keyId,
                old.redactedValue(),
                revokeAt == null ? "immediate revocation" : "old key revokes at " + revokeAt);

        RotationMint.Attempted attempted = mint.rotateWithReplay(keyId, revokeAt, rotationId, recovery);
        RotationMint.Created created = attempted.created();
        if (created == null) {
            created =
                    orphans.recoverOrphan(old, before, startedAt, rotationId, revokeAt, recovery, attempted.refusal());
        }
        RotationMint.Created secret = created;
        Instant oldDies = revokeAt == null ? startedAt : revokeAt;
        int[] attempts = new int[1];
        String version = storeWriter.writeHoldingSecret(secret, rotationId, keyId, oldDies, recovery, attempts);
        // The answer's required fields are not trusted to be present (MISSING_ID then): the secret counts.
        String newKeyId = secret.id();
        // Any call proves the stored key authenticates; the new key's own record is the natural one.
        RotationVerifier.VerifyResult verified =
                verifier.verify(secret, newKeyId.equals(MISSING_ID) ? keyId : newKeyId);
        if (verified.verification() == Verification.FAILED) {
            LOG.error(
                    "Rotation {}: key {} stored in {} (version {}) but the verification failed: {}",
                    rotationId,
                    newKeyId,
                    settings.store().description(),
                    version,
                    verified.detail());
        }
        Instant finishedAt = settings.clock().instant();
        LOG.info(
                "Rotation {} done: {} ({}) replaced by {} ({}), store version {}, old key dies at {}",
                rotationId,
                keyId,
                old.redactedValue(),
                newKeyId,
                secret.redactedSecret(),
                version,
                oldDies);
        return new RotationReport(
                rotationId,
                kind,
                old.name(),
                keyId,
                old.redactedValue(),
                newKeyId,
                secret.redactedSecret(),
                settings.store().description(),
                version,
                attempts[0],
                oldDies,
                verified.verification(),
                verified.detail(),
                recovery,
                startedAt,
                finishedAt);
    }
}
