package com.augno.sdk.keys;

import static com.augno.sdk.keys.KeyRotator.MAX_OVERLAP;
import static com.augno.sdk.keys.RotationSettings.human;
import static com.augno.sdk.keys.RotationSettings.modeOf;

import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyService;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The pre-checks of a rotation (and its dry run): overlap, the admin key can read the key, the key
 * is active, the store holds this very key in the same mode, the reference is not pinned, the store
 * and the fallback store may be written. Reads, never writes.
 */
final class RotationPrecheck {
    private final RotationSettings settings;
    private final WritableSecretStore store;
    private final @Nullable SecretReference storeReference;
    private final @Nullable WritableSecretStore fallbackStore;
    private final Clock clock;
    private final Duration clientRefresh;
    private final Duration clientStaleWindow;
    private final int storeWriteAttempts;

    RotationPrecheck(RotationSettings settings) {
        this.settings = settings;
        this.store = settings.store();
        this.storeReference = settings.storeReference();
        this.fallbackStore = settings.fallbackStore();
        this.clock = settings.clock();
        this.clientRefresh = settings.clientRefresh();
        this.clientStaleWindow = settings.clientStaleWindow();
        this.storeWriteAttempts = settings.storeWriteAttempts();
    }

    /** The outcome of the pre-checks, with the key record when it could be read. */
    record Prechecked(RotationPlan plan, @Nullable ApiKeyInfo info) {}

    Prechecked precheck(String keyId, RotationKind kind, @Nullable Duration overlap) {
        // Before the id reaches a check's detail, a log line or a request: apke_..., never a key.
        ApiKeyService.checkKeyId(keyId);
        Instant now = clock.instant();
        List<RotationCheck> checks = new ArrayList<>();

        if (kind == RotationKind.SCHEDULED) {
            Duration min = minimumOverlap();
            Duration ov = Objects.requireNonNull(overlap);
            if (ov.compareTo(min) < 0) {
                checks.add(RotationCheck.failed(
                        "overlap",
                        "the overlap " + human(ov) + " is shorter than " + human(min)
                                + ", twice (client key refresh " + human(clientRefresh) + " + stale window "
                                + human(clientStaleWindow) + "): clients might still hold the old key when it dies."
                                + " Use a longer overlap, or --emergency for an exposed key."));
            } else if (ov.compareTo(MAX_OVERLAP) > 0) {
                checks.add(RotationCheck.failed(
                        "overlap", "the overlap " + human(ov) + " is longer than Augno's limit of 30 days."));
            } else {
                checks.add(
                        RotationCheck.passed("overlap", human(ov) + " (at least " + human(min) + ", at most 30 days)"));
            }
        } else {
            checks.add(RotationCheck.passed(
                    "overlap", "none: the old key is revoked at once (emergency); clients recover on their next 401"));
        }

        ApiKeyInfo info = null;
        try {
            info = getKey(keyId);
            checks.add(RotationCheck.passed(
                    "admin key can read the key", info.name() + " " + info.redactedValue() + " (" + keyId + ")"));
        } catch (NotFoundException e) {
            checks.add(RotationCheck.failed(
                    "admin key can read the key",
                    "no key " + keyId + " in this account: check the id (augno-keys list)."));
        } catch (PermissionDeniedException e) {
            checks.add(RotationCheck.failed(
                    "admin key can read the key",
                    "the admin key may not manage API keys (" + e.getMessage()
                            + "): key management needs a key whose role type is admin."));
        } catch (AuthenticationException e) {
            checks.add(RotationCheck.failed(
                    "admin key can read the key", "Augno refused the admin key: " + e.getMessage()));
        }

        KeyMode keyMode = null;
        if (info != null) {
            ApiKeyStatus status = info.status(now);
            if (!status.equals(ApiKeyStatus.ACTIVE)) {
                checks.add(RotationCheck.failed(
                        "key is active", "the key is " + status.value() + ": there is nothing to rotate."));
            } else if (kind == RotationKind.SCHEDULED && info.isRevocationScheduled(now)) {
                checks.add(RotationCheck.failed(
                        "key is active",
                        "the key is already being rotated out: it dies at "
                                + info.revokedAt().orElse(now)
                                + ". Check who still uses it (rotation-status), or rotate the replacement."));
            } else {
                checks.add(RotationCheck.passed(
                        "key is active",
                        info.revokedAt()
                                .map(t -> "active until " + t + " (a rotation is in progress)")
                                .orElse("active")));
            }
            keyMode = modeOf(info.redactedValue());
        }

        checks.add(pinCheck());

        try {
            ApiKey stored = ApiKey.parse(store.fetch(), store.description());
            if (info == null) {
                checks.add(RotationCheck.unknown(
                        "store holds this key",
                        "the store holds " + stored.redacted() + "; the key could not be read"));
            } else if (!stored.redacted().equals(info.redactedValue())) {
                checks.add(
                        RotationCheck.failed(
                                "store holds this key",
                                "the store holds " + stored.redacted() + ", but key " + keyId + " is "
                                        + info.redactedValue()
                                        + ": wrong key id or wrong store. Rotating would replace a key its clients do not use."));
            } else {
                checks.add(RotationCheck.passed("store holds this key", stored.redacted()));
            }
            if (keyMode != null) {
                if (stored.mode() != keyMode) {
                    checks.add(RotationCheck.failed(
                            "same mode",
                            "the store holds a " + stored.mode().configName() + " key, the key to rotate is "
                                    + keyMode.configName()));
                } else {
                    checks.add(RotationCheck.passed("same mode", keyMode.configName()));
                }
            }
        } catch (AugnoException e) {
            checks.add(RotationCheck.failed(
                    "store holds this key", "could not read the store " + store.description() + ": " + e.getMessage()));
        }

        WriteAccess access = writeAccess(store);
        WritableSecretStore fb = fallbackStore;
        switch (access) {
            case YES:
                checks.add(RotationCheck.passed("store is writable", "these credentials may write the secret"));
                break;
            case NO:
                checks.add(RotationCheck.failed(
                        "store is writable",
                        "the store refuses writes with these credentials (or the reference is pinned): grant"
                                + " write access to this one secret (see docs/rotation.md)."));
                break;
            default:
                if (fb == null) {
                    // Without a check and without a second place, a refused write would leave the new
                    // secret only in this process's memory.
                    checks.add(RotationCheck.failed(
                            "store is writable",
                            "the store cannot tell whether these credentials may write it: give a fallback store"
                                    + " (--fallback-store) that the new secret goes to if the write fails."));
                } else {
                    checks.add(RotationCheck.unknown(
                            "store is writable",
                            "the store cannot tell without writing; a failed write is retried, then the new"
                                    + " secret goes to the fallback store"));
                }
                break;
        }
        if (fb != null) {
            WriteAccess fallbackAccess = writeAccess(fb);
            if (fallbackAccess == WriteAccess.NO) {
                checks.add(RotationCheck.failed(
                        "fallback store is writable",
                        fb.description() + " refuses writes with these credentials: grant write access or"
                                + " choose another fallback."));
            } else if (fallbackAccess == WriteAccess.YES) {
                checks.add(RotationCheck.passed("fallback store is writable", fb.description() + " may be written"));
            } else {
                checks.add(RotationCheck.unknown(
                        "fallback store is writable", fb.description() + " cannot tell without writing"));
            }
        }

        Instant revokeAt = kind == RotationKind.SCHEDULED ? now.plus(Objects.requireNonNull(overlap)) : now;
        List<String> steps = new ArrayList<>();
        String name = info == null ? keyId : info.name();
        if (kind == RotationKind.SCHEDULED) {
            steps.add("rotate " + keyId + " (" + name + ") with revoke_at " + revokeAt
                    + ": the old key keeps working for " + human(Objects.requireNonNull(overlap)));
        } else {
            steps.add("rotate " + keyId + " (" + name + ") with immediate revocation: the old key stops now");
        }
        steps.add("write the new secret to " + store.description() + " (request token = rotation id), retrying up to "
                + storeWriteAttempts + " times");
        steps.add("read it back from the store and call Augno with it (2xx, or 403 for a scoped key, proves it works)");
        steps.add(
                kind == RotationKind.SCHEDULED
                        ? "until " + revokeAt + ": check who still uses the old key (augno-keys rotation-status)"
                        : "clients recover on their next 401 by refetching the key from the store");
        RotationPlan plan = new RotationPlan(
                keyId,
                info == null ? null : info.name(),
                info == null ? null : info.redactedValue(),
                kind,
                overlap,
                revokeAt,
                store.description(),
                checks,
                steps,
                now);
        return new Prechecked(plan, info);
    }

    private static WriteAccess writeAccess(WritableSecretStore s) {
        try {
            return s.canWrite();
        } catch (AugnoException e) {
            return WriteAccess.UNKNOWN;
        }
    }

    private RotationCheck pinCheck() {
        SecretReference ref = storeReference;
        if (ref == null) {
            return RotationCheck.unknown(
                    "reference not pinned", "no reference given; the store's write check covers pinned references");
        }
        Optional<String> reason = pinnedReason(ref);
        if (reason.isPresent()) {
            return RotationCheck.failed(
                    "reference not pinned",
                    "the reference is pinned to " + reason.get() + ": clients would never see the new version."
                            + " Point the clients and the rotation at the current version instead.");
        }
        return RotationCheck.passed("reference not pinned", "clients read the current version");
    }

    /** Returns what a reference is pinned to, if it names a fixed version or stage. */
    static Optional<String> pinnedReason(SecretReference ref) {
        Optional<String> versionId = ref.parameter("versionId");
        if (versionId.isPresent()) {
            return Optional.of("versionId " + versionId.get());
        }
        Optional<String> stage = ref.parameter("stage");
        if (stage.isPresent() && !stage.get().equals("AWSCURRENT")) {
            return Optional.of("stage " + stage.get());
        }
        String target = ref.target();
        int v = target.lastIndexOf("/versions/");
        if (v >= 0) {
            String version = target.substring(v + "/versions/".length());
            if (!version.isEmpty() && !version.equals("latest")) {
                return Optional.of("version " + version);
            }
        }
        return Optional.empty();
    }

    private ApiKeyInfo getKey(String id) {
        return settings.getKey(id);
    }

    private Duration minimumOverlap() {
        return settings.minimumOverlap();
    }
}
