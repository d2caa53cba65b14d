package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.KeyMode;
import com.augno.sdk.auth.ApiKeyInclude;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.auth.ApiKeyRecordUnreadableException;
import com.augno.sdk.auth.ApiKeyRotateParams;
import com.augno.sdk.auth.ApiKeySecretNotReturnedException;
import com.augno.sdk.auth.ApiKeyService;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.auth.CreatedApiKey;
import com.augno.sdk.core.AuditAction;
import com.augno.sdk.core.AuditEvent;
import com.augno.sdk.core.AuditEventListParams;
import com.augno.sdk.core.RequestLog;
import com.augno.sdk.core.RequestLogInclude;
import com.augno.sdk.core.RequestLogListParams;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.IdempotencyException;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.identity.Role;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates an Augno API key and writes the new secret into the secret store its clients read,
 * without losing it on the way.
 *
 * <pre>{@code
 * try (AugnoClient admin = AugnoClient.builder().secretProvider(adminProvider).build()) {
 *     KeyRotator rotator = KeyRotator.builder(admin, store).storeReference(reference).build();
 *     RotationPlan plan = rotator.plan("apke_123", Duration.ofHours(24));   // dry run
 *     RotationReport report = rotator.rotate("apke_123");                    // 24 h overlap
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Scheduled rotation</b> ({@link #rotate(String, Duration)}): Augno's rotate call with
 *       {@code revoke_at = now + overlap}, so the old key keeps working while every client's key
 *       cache picks up the new one; the new secret is written to the store (with the rotation id as
 *       request token), read back and verified against the API.
 *   <li><b>Emergency rotation</b> ({@link #emergencyRotate(String)}): the old key is revoked at once;
 *       clients recover on their next 401 by refetching the key from the store.
 *   <li><b>Pre-checks</b>: the key is readable and active; the store holds this very key (same
 *       redacted value and mode); the reference is not pinned to a version; the store may be
 *       written; the overlap is at least twice the clients' refresh interval plus stale window and
 *       at most 30 days. A failed check refuses the rotation ({@link RotationPrecheckException}).
 *   <li><b>Nothing is lost</b>: a failed store write is retried with backoff (not when the store
 *       reports the failure as permanent, such as access denied), then reported by a
 *       {@link RotationIncompleteException} that holds the new secret; a rotate call whose outcome
 *       is unknown is retried with the same idempotency key, and when no replay returns the secret
 *       the orphaned new key is found (by the rotation's idempotency key in the audit log, else by
 *       name, role, mode and creation time, never guessing between several) and rotated again
 *       (immediately), so the store ends with a working key. A refusal of the rotate call is
 *       checked the same way: "nothing was changed" only when the server shows it.
 * </ul>
 *
 * <p>The client must act with an admin-type role (key management needs it): use a separate admin
 * key, never the runtime key. Thread-safe; run one rotation per key at a time.
 */
public final class KeyRotator {
    /** The default overlap of a scheduled rotation: 24 hours. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);
    /** The longest overlap Augno allows: 30 days. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(30);
    /** The clients' default key refresh interval: 5 minutes. */
    public static final Duration DEFAULT_CLIENT_REFRESH = Duration.ofMinutes(5);
    /** The clients' default stale window (last good key served on store failures): 1 hour. */
    public static final Duration DEFAULT_CLIENT_STALE_WINDOW = Duration.ofHours(1);
    /**
     * The shortest overlap for clients on the default key-cache settings: twice (refresh + stale
     * window), 2 h 10 min. {@link #minimumOverlap()} gives it for this rotator's own settings.
     */
    public static final Duration DEFAULT_MINIMUM_OVERLAP =
            DEFAULT_CLIENT_REFRESH.plus(DEFAULT_CLIENT_STALE_WINDOW).multipliedBy(2);
    /** The default number of store write attempts: 4. */
    public static final int DEFAULT_STORE_WRITE_ATTEMPTS = 4;
    /** The default number of rotate calls when the outcome stays unknown: 3. */
    public static final int DEFAULT_ROTATE_ATTEMPTS = 3;
    /** The default wait before the first retry (doubled each time): 1 second. */
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);
    /** The default log window of {@link #rotationStatus(String)}: 7 days. */
    public static final Duration DEFAULT_STATUS_WINDOW = Duration.ofDays(7);
    /** The default page cap of {@link #rotationStatus(String)}: 20 pages. */
    public static final int DEFAULT_MAX_PAGES = 20;

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotator.class);
    // A key created this long before the rotation started still counts as its orphan (clock skew).
    private static final Duration ORPHAN_SKEW = Duration.ofMinutes(5);
    private static final int ORPHAN_SEARCH_PAGES = 10;
    private static final long PAGE_SIZE = 100;
    // Stands in for the new key's id when Augno's answer lacked it; the secret is what counts.
    private static final String MISSING_ID = "(id missing from Augno's answer)";

    private final AugnoClient client;
    private final WritableSecretStore store;
    private final @Nullable SecretReference storeReference;
    private final @Nullable WritableSecretStore fallbackStore;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration overlap;
    private final Duration clientRefresh;
    private final Duration clientStaleWindow;
    private final int storeWriteAttempts;
    private final int rotateAttempts;
    private final Duration retryBackoff;
    private final Function<SecretProvider, AugnoClient> verificationClient;

    private KeyRotator(Builder b) {
        this.client = b.client;
        this.store = b.store;
        this.storeReference = b.storeReference;
        this.fallbackStore = b.fallbackStore;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.overlap = b.overlap;
        this.clientRefresh = b.clientRefresh;
        this.clientStaleWindow = b.clientStaleWindow;
        this.storeWriteAttempts = b.storeWriteAttempts;
        this.rotateAttempts = b.rotateAttempts;
        this.retryBackoff = b.retryBackoff;
        Function<SecretProvider, AugnoClient> vc = b.verificationClient;
        AugnoClient admin = b.client;
        this.verificationClient = vc != null
                ? vc
                : provider -> AugnoClient.builder()
                        .secretProvider(provider)
                        .baseUrl(admin.baseUrl())
                        .apiVersion(admin.apiVersion())
                        .clock(b.clock)
                        .sleeper(b.sleeper)
                        .build();
    }

    /**
     * Returns a builder.
     *
     * @param adminClient a client whose key has an admin-type role (a separate secret from the
     *     runtime key)
     * @param store the store that holds the key being rotated, which its clients read
     */
    public static Builder builder(AugnoClient adminClient, WritableSecretStore store) {
        return new Builder(adminClient, store);
    }

    /** Returns the shortest overlap this rotator accepts: twice (client refresh + stale window). */
    public Duration minimumOverlap() {
        return clientRefresh.plus(clientStaleWindow).multipliedBy(2);
    }

    /**
     * Dry run of a scheduled rotation with the configured overlap ({@link Builder#overlap}). Reads,
     * never writes.
     *
     * @throws AugnoException only for failures outside the checks (e.g. a closed client)
     */
    public RotationPlan plan(String keyId) {
        return plan(keyId, overlap);
    }

    /**
     * Dry run of a scheduled rotation: runs every pre-check (can the admin key read the key, does
     * the store hold it, is the reference pinned, may the store and the fallback store be written: a
     * store answering {@link WriteAccess#UNKNOWN} fails the check unless a fallback store is set) and
     * lists the steps. Changes nothing.
     */
    public RotationPlan plan(String keyId, Duration overlap) {
        Objects.requireNonNull(overlap, "overlap == null");
        return precheck(keyId, RotationKind.SCHEDULED, overlap).plan;
    }

    /** Dry run of an emergency rotation: the same checks as {@link #plan(String, Duration)}. */
    public RotationPlan planEmergency(String keyId) {
        return precheck(keyId, RotationKind.EMERGENCY, null).plan;
    }

    /** Rotates with the configured overlap (24 hours unless set): see {@link #rotate(String, Duration)}. */
    public RotationReport rotate(String keyId) {
        return rotate(keyId, overlap);
    }

    /**
     * Scheduled rotation: the old key keeps working for {@code overlap}, the new secret goes into the
     * store and is verified.
     *
     * @param keyId the id of the key the store holds ({@code apke_...})
     * @param overlap how long the old key keeps working; at least {@link #minimumOverlap()}, at most
     *     30 days
     * @return the report: old and new key ids, store version, when the old key dies
     * @throws RotationPrecheckException when a pre-check fails (nothing was changed)
     * @throws RotationIncompleteException when the new key could not be stored; it holds the secret
     * @throws KeyRotationException when Augno refused the rotate call (nothing was changed) or the
     *     rotation could not be recovered; {@link KeyRotationException#state()} says where it stopped
     */
    public RotationReport rotate(String keyId, Duration overlap) {
        Objects.requireNonNull(overlap, "overlap == null");
        return run(keyId, RotationKind.SCHEDULED, overlap);
    }

    /**
     * Emergency rotation: the old key is revoked now, the new secret is written to the store at
     * once and verified. Running clients fail until the store write lands, then recover by
     * themselves (a 401 makes them refetch the key).
     *
     * @throws RotationPrecheckException when a pre-check fails (nothing was changed)
     * @throws RotationIncompleteException when the new key could not be stored; it holds the secret
     * @throws KeyRotationException when the rotation failed otherwise (see its state)
     */
    public RotationReport emergencyRotate(String keyId) {
        return run(keyId, RotationKind.EMERGENCY, null);
    }

    /**
     * Revokes a key now, without a replacement (it cannot be undone). Use it for a key nothing should
     * use any more; to replace a key, rotate it.
     *
     * @return the key's record after the revocation
     * @throws com.augno.sdk.errors.NotFoundException if there is no such key
     * @throws com.augno.sdk.errors.PermissionDeniedException if the client's role is not admin
     */
    public ApiKeyInfo revoke(String keyId) {
        ApiKeyService.checkKeyId(keyId);
        client.apiKeys().revoke(keyId);
        LOG.warn("Key {} revoked", keyId);
        return getKey(keyId);
    }

    /** Who still uses a key, over the last 7 days of request logs: see {@link #rotationStatus(String, Duration, int)}. */
    public RotationStatus rotationStatus(String oldKeyId) {
        return rotationStatus(oldKeyId, DEFAULT_STATUS_WINDOW, DEFAULT_MAX_PAGES);
    }

    /**
     * Who still uses a key being rotated out: the client IPs and user agents in the request logs
     * whose actor is this key, with request counts and when each was last seen. Run it during the
     * overlap and update every place it lists before the key dies.
     *
     * @param window how far back to read the logs (logs are written shortly after each request)
     * @param maxPages the page cap; when it is hit the status says {@code partial}
     * @throws com.augno.sdk.errors.NotFoundException if there is no such key
     * @throws com.augno.sdk.errors.PermissionDeniedException if the client may not read keys or
     *     request logs
     */
    public RotationStatus rotationStatus(String oldKeyId, Duration window, int maxPages) {
        ApiKeyService.checkKeyId(oldKeyId);
        Instant now = clock.instant();
        ApiKeyInfo info = getKey(oldKeyId);
        Instant since = now.minus(window);
        RequestLogListParams params = RequestLogListParams.builder()
                .actorIds(oldKeyId)
                .startsAt(since)
                .limit(PAGE_SIZE)
                .include(RequestLogInclude.ACTOR, RequestLogInclude.ACTOR_ROLE)
                .build();
        Paging.Result<RequestLog> logs =
                Paging.read(() -> client.requestLogs().list(params), maxPages, sleeper, pages -> {});
        UsageTally tally = new UsageTally();
        for (RequestLog log : logs.items()) {
            // The filter is server-side; this guards against a server that ignores it.
            if (log.actor().isPresent() && !log.actor().get().id().equals(oldKeyId)) {
                continue;
            }
            tally.add(log);
        }
        Optional<Instant> revokesAt = info.revokedAt();
        Optional<Duration> timeLeft = revokesAt.map(t -> t.isAfter(now) ? Duration.between(now, t) : Duration.ZERO);
        return RotationStatus.of(
                info.id(),
                info.name(),
                info.redactedValue(),
                info.status(now),
                revokesAt,
                timeLeft,
                since,
                tally.usages(),
                tally.total(),
                logs.partial(),
                now);
    }

    // ---------------------------------------------------------------------------------------------

    /** The outcome of the pre-checks, with the key record when it could be read. */
    private record Prechecked(RotationPlan plan, @Nullable ApiKeyInfo info) {}

    private Prechecked precheck(String keyId, RotationKind kind, @Nullable Duration overlap) {
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

    private RotationReport run(String keyId, RotationKind kind, @Nullable Duration overlap) {
        Prechecked pre = precheck(keyId, kind, overlap);
        String rotationId = UUID.randomUUID().toString();
        if (!pre.plan.ok() || pre.info == null) {
            RotationState state = RotationState.of(
                    rotationId,
                    keyId,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    store.description(),
                    "pre-checks failed",
                    List.of());
            LOG.warn("Rotation of {} refused by its pre-checks; nothing changed", keyId);
            throw new RotationPrecheckException(pre.plan, state);
        }
        ApiKeyInfo old = pre.info;
        // Augno keeps timestamps to the second; so does the report.
        Instant startedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant revokeAt = kind == RotationKind.SCHEDULED ? startedAt.plus(Objects.requireNonNull(overlap)) : null;
        List<String> recovery = new ArrayList<>();
        Set<String> before = keyIdsNamed(old.name());
        LOG.info(
                "Rotation {} of key {} ({}) started: {}",
                rotationId,
                keyId,
                old.redactedValue(),
                revokeAt == null ? "immediate revocation" : "old key revokes at " + revokeAt);

        Attempted attempted = rotateWithReplay(keyId, revokeAt, rotationId, recovery);
        Created created = attempted.created();
        if (created == null) {
            created = recoverOrphan(old, before, startedAt, rotationId, revokeAt, recovery, attempted.refusal());
        }
        Created secret = created;
        // An answer whose record could not be read still hands over its secret (MISSING_ID then).
        String newKeyId = created.id();
        Instant oldDies = revokeAt == null ? startedAt : revokeAt;

        int[] attempts = new int[1];
        String version = writeStore(secret, rotationId, newKeyId, keyId, oldDies, recovery, attempts);
        // Any call proves the stored key authenticates; the new key's own record is the natural one.
        VerifyResult verified = verify(secret, newKeyId.equals(MISSING_ID) ? keyId : newKeyId);
        if (verified.verification == Verification.FAILED) {
            LOG.error(
                    "Rotation {}: key {} stored in {} (version {}) but the verification failed: {}",
                    rotationId,
                    newKeyId,
                    store.description(),
                    version,
                    verified.detail);
        }
        Instant finishedAt = clock.instant();
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
                store.description(),
                version,
                attempts[0],
                oldDies,
                verified.verification,
                verified.detail,
                recovery,
                startedAt,
                finishedAt);
    }

    /** A new key: its record and its secret. */
    private record Created(String id, SecretValue secretValue, String redactedSecret, boolean recognized) {
        static Created of(CreatedApiKey c) {
            return new Created(c.info().id(), c.secretValue(), c.redactedSecret(), c.recognized());
        }

        /** A secret whose key record was unreadable: the secret is what counts. */
        static Created of(ApiKeyRecordUnreadableException e) {
            return new Created(
                    e.keyId().orElse(MISSING_ID),
                    e.secretValue(),
                    e.redactedSecret(),
                    KeyShapes.looksLikeKey(e.secretValue().reveal()));
        }
    }

    /**
     * What the rotate calls achieved: the new key, or nothing (then the orphan search decides) with
     * the refusal Augno answered, if it refused.
     */
    private record Attempted(
            @Nullable Created created, @Nullable AugnoApiException refusal) {}

    /**
     * Calls rotate, retrying with the same idempotency key while the outcome is unknown. Without a
     * secret in any answer the caller looks for the orphaned new key: even a refusal of the first
     * call proves nothing, since the admin client's transport may already have sent it once (a
     * lost answer to a self-rotation ends in {@code 401 api_key_revoked} on the resend).
     *
     * @throws KeyRotationException when the call was refused before it was sent (nothing changed)
     */
    private Attempted rotateWithReplay(
            String keyId, @Nullable Instant revokeAt, String idempotencyKey, List<String> recovery) {
        ApiKeyRotateParams.Builder pb = ApiKeyRotateParams.builder();
        if (revokeAt != null) {
            pb.revokeAt(revokeAt);
        }
        ApiKeyRotateParams params = pb.build();
        RequestOptions options =
                RequestOptions.builder().idempotencyKey(idempotencyKey).build();
        for (int attempt = 1; attempt <= rotateAttempts; attempt++) {
            try {
                CreatedApiKey created = client.apiKeys().rotate(keyId, params, options);
                if (attempt > 1) {
                    recovery.add("rotate call " + attempt + " (same idempotency key) returned the new secret");
                }
                return new Attempted(Created.of(created), null);
            } catch (ApiKeyRecordUnreadableException e) {
                // The new key exists and its secret is here; only its record was unreadable.
                recovery.add("rotate call " + attempt + " returned the new secret with an unreadable key record");
                return new Attempted(Created.of(e), null);
            } catch (ApiKeySecretNotReturnedException e) {
                recovery.add("rotate call " + attempt + " answered without the new secret (an idempotent replay)");
                LOG.warn("Rotation {}: the rotate answer has no usable secret (replay)", idempotencyKey);
                return new Attempted(null, null);
            } catch (ResponseDecodingException e) {
                // An empty or foreign 2xx body: the rotation may have happened; ask again.
                recovery.add("rotate call " + attempt + " answered without a key record: outcome unknown");
                if (attempt < rotateAttempts) {
                    pause(attempt);
                }
            } catch (IllegalArgumentException e) {
                // Refused before sending (e.g. revoke_at beyond Augno's limit by the client's clock).
                if (attempt == 1) {
                    throw refused(keyId, idempotencyKey, recovery, e);
                }
                recovery.add("rotate call " + attempt + " refused before sending: " + e.getMessage());
                return new Attempted(null, null);
            } catch (ApiServerException | IdempotencyException | RateLimitException e) {
                unknownOutcome(idempotencyKey, attempt, recovery, e);
            } catch (AugnoApiException e) {
                // Only the server's state can prove nothing changed: the orphan search reads it.
                recovery.add("rotate call " + attempt + " refused (" + e.statusCode()
                        + e.code().map(c -> " " + c).orElse("")
                        + "); the transport may have sent it before, so the outcome is checked");
                return new Attempted(null, e);
            } catch (AugnoException e) {
                // No answer, a timeout, or an answer that does not decode: the key may have been rotated.
                unknownOutcome(idempotencyKey, attempt, recovery, e);
            }
        }
        return new Attempted(null, null);
    }

    /** Notes a rotate call whose outcome is unknown and waits before the next one. */
    private void unknownOutcome(String rotationId, int attempt, List<String> recovery, AugnoException e) {
        recovery.add(
                "rotate call " + attempt + " outcome unknown: " + e.getClass().getSimpleName());
        LOG.warn(
                "Rotation {}: rotate call {} of {} has an unknown outcome: {}",
                rotationId,
                attempt,
                rotateAttempts,
                e.getMessage());
        if (attempt < rotateAttempts) {
            pause(attempt);
        }
    }

    private KeyRotationException refused(String keyId, String rotationId, List<String> recovery, RuntimeException e) {
        RotationState state = RotationState.of(
                rotationId,
                keyId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                store.description(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                recovery);
        return new KeyRotationException(
                "Augno refused to rotate " + keyId + "; nothing was changed: " + e.getMessage(), state, e);
    }

    private ApiKeyInfo getKey(String id) {
        return client.apiKeys().get(id, ApiKeyInclude.ROLE);
    }

    private Page<ApiKeyInfo> listKeys(String name) {
        return client.apiKeys()
                .list(ApiKeyListParams.builder()
                        .q(name)
                        .limit(PAGE_SIZE)
                        .include(ApiKeyInclude.ROLE)
                        .build());
    }

    private Created recoverOrphan(
            ApiKeyInfo old,
            Set<String> before,
            Instant startedAt,
            String rotationId,
            @Nullable Instant revokeAt,
            List<String> recovery,
            @Nullable AugnoApiException refusal) {
        List<ApiKeyInfo> orphans;
        boolean proven;
        ApiKeyInfo now;
        try {
            // An audit log that does not list the creation (yet: logs are written shortly after the
            // request) proves nothing either way: the attribute match runs then.
            Set<String> createdByRotation = keysCreatedBy(rotationId, startedAt).orElse(Set.of());
            proven = !createdByRotation.isEmpty();
            orphans = proven ? provenOrphans(old, createdByRotation) : lookalikeOrphans(old, before, startedAt);
            now = orphans.isEmpty() ? getKey(old.id()) : old;
        } catch (AugnoException e) {
            // Neither "nothing changed" nor a new key can be shown: say so, never "nothing was changed".
            throw incomplete(
                    "the rotate call's outcome is unknown"
                            + (refusal == null ? "" : " (Augno refused a resend: " + refusal.getMessage() + ")")
                            + " and the search for the new key failed: " + e.getMessage()
                            + (e instanceof AuthenticationException
                                    ? ". If the admin key rotated itself, it may be revoked now: look for a key named '"
                                            + old.name() + "' created after " + startedAt + " with another admin key"
                                    : ""),
                    rotationId,
                    old,
                    null,
                    revokeAt,
                    recovery,
                    null,
                    refusal == null ? e : refusal);
        }
        if (orphans.isEmpty()) {
            boolean untouched = now.revokedAt().equals(old.revokedAt());
            String error = untouched
                    ? "the rotate call did not take effect: the old key is unchanged and no new key exists"
                    : "the old key has a revocation set (" + now.revokedAt().orElseThrow()
                            + ") but no new key was found";
            recovery.add(error);
            RotationState state = RotationState.of(
                    rotationId,
                    old.id(),
                    Optional.empty(),
                    Optional.empty(),
                    now.revokedAt(),
                    store.description(),
                    error,
                    recovery);
            LOG.error("Rotation {} failed: {}", rotationId, state);
            if (untouched) {
                throw new KeyRotationException(
                        (refusal == null
                                        ? "Rotation of " + old.id() + " did not take effect"
                                        : "Augno refused to rotate " + old.id() + " (" + refusal.getMessage()
                                                + "); the rotation did not take effect")
                                + "; nothing was changed (the old key is unchanged and no new key exists) and the"
                                + " store still holds the working key. Run it again.",
                        state,
                        refusal);
            }
            throw new RotationIncompleteException(
                    "Rotation of " + old.id() + " is incomplete: " + error + ". The store still holds the old key;"
                            + " rotate it again with --emergency before "
                            + now.revokedAt().orElseThrow() + ".",
                    state,
                    null,
                    refusal);
        }
        if (orphans.size() > 1 && !proven) {
            // Keys that merely look alike may belong to someone else: rotating or revoking one could
            // break another service. Leave them all and say which.
            List<String> ids = orphans.stream().map(ApiKeyInfo::id).toList();
            throw incomplete(
                    "the new key's secret was lost and " + orphans.size() + " keys could be it (" + ids
                            + ": same name, role and mode, created since the rotation started); none was touched."
                            + " Find the one created by this rotation (audit events with idempotency key "
                            + rotationId + ") and rotate it with --emergency",
                    rotationId,
                    old,
                    null,
                    revokeAt,
                    recovery,
                    null,
                    refusal);
        }
        orphans.sort(Comparator.comparing(ApiKeyInfo::createdAt).reversed());
        ApiKeyInfo orphan = orphans.get(0);
        recovery.add("found the orphaned new key " + orphan.id() + " (" + orphan.redactedValue()
                + (proven ? ", created by this rotation's idempotency key" : ", the only key that matches it")
                + "), whose secret was lost; rotating it with immediate revocation");
        LOG.warn(
                "Rotation {}: the new key {} was created but its secret never arrived; rotating it again",
                rotationId,
                orphan.id());
        // More than one key created with this rotation's idempotency key: all are ours, none has a secret.
        for (ApiKeyInfo extra : orphans.subList(1, orphans.size())) {
            try {
                client.apiKeys().revoke(extra.id());
                recovery.add("revoked another orphan " + extra.id());
            } catch (AugnoException e) {
                recovery.add("could not revoke another orphan " + extra.id() + ": " + e.getMessage());
            }
        }
        String secondId = UUID.randomUUID().toString();
        Created second = rotateWithReplay(orphan.id(), null, secondId, recovery).created();
        if (second == null) {
            throw incomplete(
                    "the rotation of the orphaned key " + orphan.id() + " did not return a secret either",
                    rotationId,
                    old,
                    orphan,
                    revokeAt,
                    recovery,
                    null,
                    null);
        }
        recovery.add("orphan " + orphan.id() + " rotated into " + second.id());
        return second;
    }

    /**
     * The ids of the API keys the audit log says were created with this rotation's idempotency key
     * (the server records it on every event), or empty when the audit log cannot be read (the admin
     * role lacks {@code audit_events:read}): the search then falls back on the keys' attributes.
     */
    private Optional<Set<String>> keysCreatedBy(String rotationId, Instant startedAt) {
        AuditEventListParams params = AuditEventListParams.builder()
                .resourceTypes("api_key")
                .actions(AuditAction.CREATE)
                .startsAt(startedAt.minus(ORPHAN_SKEW))
                .limit(PAGE_SIZE)
                .build();
        try {
            Set<String> ids = new HashSet<>();
            for (AuditEvent e : Paging.read(
                            () -> client.auditEvents().list(params), ORPHAN_SEARCH_PAGES, sleeper, p -> {})
                    .items()) {
                if (e.idempotencyKey().filter(rotationId::equals).isPresent()) {
                    ids.add(e.resourceId());
                }
            }
            return Optional.of(ids);
        } catch (AugnoException e) {
            LOG.debug("Could not read the audit log to find the new key by idempotency key: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The active keys the audit log ties to this rotation (the old key excluded). */
    private List<ApiKeyInfo> provenOrphans(ApiKeyInfo old, Set<String> ids) {
        List<ApiKeyInfo> out = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(old.id())) {
                continue;
            }
            ApiKeyInfo k = getKey(id);
            if (k.status(clock.instant()).equals(ApiKeyStatus.ACTIVE)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Without the audit log: active keys that match the rotated one on more than the name (Augno
     * gives the replacement the same name, role and mode) and appeared since the rotation started.
     */
    private List<ApiKeyInfo> lookalikeOrphans(ApiKeyInfo old, Set<String> before, Instant startedAt) {
        List<ApiKeyInfo> out = new ArrayList<>();
        Optional<String> roleId = old.role().map(Role::id);
        KeyMode mode = modeOf(old.redactedValue());
        for (ApiKeyInfo k : Paging.read(() -> listKeys(old.name()), ORPHAN_SEARCH_PAGES, sleeper, p -> {})
                .items()) {
            if (!k.id().equals(old.id())
                    && k.name().equals(old.name())
                    && k.role().map(Role::id).equals(roleId)
                    && modeOf(k.redactedValue()) == mode
                    && !before.contains(k.id())
                    && !k.createdAt().isBefore(startedAt.minus(ORPHAN_SKEW))
                    && k.status(clock.instant()).equals(ApiKeyStatus.ACTIVE)) {
                out.add(k);
            }
        }
        return out;
    }

    private Set<String> keyIdsNamed(String name) {
        Set<String> ids = new HashSet<>();
        try {
            Paging.read(() -> listKeys(name), ORPHAN_SEARCH_PAGES, sleeper, p -> {}).items().stream()
                    .filter(k -> k.name().equals(name))
                    .forEach(k -> ids.add(k.id()));
        } catch (AugnoException e) {
            // Only the orphan search needs this; it falls back on creation times.
            LOG.debug("Could not list keys named like the rotated one: {}", e.getMessage());
        }
        return ids;
    }

    private String writeStore(
            Created secret,
            String rotationId,
            String newKeyId,
            String oldKeyId,
            Instant oldDies,
            List<String> recovery,
            int[] attempts) {
        PutOptions options = PutOptions.withRequestToken(rotationId);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= storeWriteAttempts; attempt++) {
            attempts[0] = attempt;
            try {
                String version = store.put(secret.secretValue(), options);
                if (attempt > 1) {
                    recovery.add("store write succeeded on attempt " + attempt);
                }
                return version;
            } catch (ConfigurationException e) {
                // A reference that cannot be written does not get better by retrying.
                last = e;
                recovery.add("store write refused: " + e.getMessage());
                break;
            } catch (RuntimeException e) {
                last = e;
                // A store that says the failure is permanent (access denied, version quota, secret
                // scheduled for deletion) will refuse again: stop and hand the secret back now.
                boolean permanent = e instanceof SecretProviderException spe && !spe.isTransient();
                recovery.add("store write attempt " + attempt + " failed: "
                        + e.getClass().getSimpleName() + (permanent ? " (permanent, not retried)" : ""));
                LOG.warn(
                        "Rotation {}: writing {} failed (attempt {} of {}): {}",
                        rotationId,
                        store.description(),
                        attempt,
                        storeWriteAttempts,
                        e.getMessage());
                if (permanent) {
                    break;
                }
                if (attempt < storeWriteAttempts) {
                    pause(attempt);
                }
            }
        }
        String error = "writing the store failed: " + (last == null ? "unknown" : last.getMessage());
        RotationState state = RotationState.of(
                rotationId,
                oldKeyId,
                Optional.of(newKeyId),
                Optional.of(secret.redactedSecret()),
                Optional.of(oldDies),
                store.description(),
                error,
                recovery);
        LOG.error(
                "Rotation {} incomplete: key {} rotated into {} ({}), old key dies at {}; {}. The new secret is held"
                        + " by the RotationIncompleteException: write it to the store before the old key dies.",
                rotationId,
                oldKeyId,
                newKeyId,
                secret.redactedSecret(),
                oldDies,
                error);
        throw new RotationIncompleteException(
                "Rotation of " + oldKeyId + " is incomplete: new key " + newKeyId + " (" + secret.redactedSecret()
                        + ") could not be written to " + store.description() + " after " + attempts[0]
                        + " attempt(s); the old key dies at " + oldDies + ". The exception holds the new secret:"
                        + " write it to the store (never print it).",
                state,
                secret.secretValue(),
                last);
    }

    private RotationIncompleteException incomplete(
            String error,
            String rotationId,
            ApiKeyInfo old,
            @Nullable ApiKeyInfo newKey,
            @Nullable Instant revokeAt,
            List<String> recovery,
            @Nullable SecretValue secret,
            @Nullable Throwable cause) {
        RotationState state = RotationState.of(
                rotationId,
                old.id(),
                Optional.ofNullable(newKey).map(ApiKeyInfo::id),
                Optional.ofNullable(newKey).map(ApiKeyInfo::redactedValue),
                Optional.ofNullable(revokeAt),
                store.description(),
                error,
                recovery);
        LOG.error("Rotation {} incomplete: {}", rotationId, state);
        return new RotationIncompleteException(
                "Rotation of " + old.id() + " is incomplete: " + error + ". The store still holds the old key"
                        + (revokeAt == null ? ", which is revoked" : ", which works until " + revokeAt)
                        + ": rotate it again.",
                state,
                secret,
                cause);
    }

    private record VerifyResult(Verification verification, String detail) {}

    private VerifyResult verify(Created expected, String newKeyId) {
        SecretValue read;
        try {
            read = store.fetch();
        } catch (AugnoException e) {
            return new VerifyResult(Verification.FAILED, "reading the store back failed: " + e.getMessage());
        }
        if (!read.sameValueAs(expected.secretValue())) {
            return new VerifyResult(
                    Verification.FAILED,
                    "the store returned " + KeyShapes.redact(read.reveal()) + " after writing "
                            + expected.redactedSecret() + " (another writer, or a cache in front of the store)");
        }
        if (!expected.recognized()) {
            return new VerifyResult(
                    Verification.FAILED,
                    "the new secret " + expected.redactedSecret() + " is stored, but its prefix is not one this SDK"
                            + " version knows, so clients of this version will refuse it: upgrade the SDK in every"
                            + " client before the old key dies");
        }
        ApiKey stored;
        try {
            stored = ApiKey.parse(read, store.description());
        } catch (AugnoException e) {
            return new VerifyResult(Verification.FAILED, "the stored secret is not a usable key: " + e.getMessage());
        }
        SecretProvider fixed = new FixedKey(stored, store.description());
        try (AugnoClient verifier = verificationClient.apply(fixed)) {
            verifier.apiKeys().get(newKeyId);
            return new VerifyResult(
                    Verification.AUTHENTICATED, "the stored key " + stored.redacted() + " authenticates (2xx)");
        } catch (PermissionDeniedException e) {
            if (e.keyAuthenticated()) {
                return new VerifyResult(
                        Verification.AUTHENTICATED_SCOPED,
                        "the stored key " + stored.redacted() + " authenticates (403 for a scoped key)");
            }
            return new VerifyResult(Verification.FAILED, "Augno answered 403: " + e.getMessage());
        } catch (AugnoException e) {
            return new VerifyResult(Verification.FAILED, "calling Augno with the stored key failed: " + e.getMessage());
        }
    }

    /** The stored key, served to the verification client. */
    private static final class FixedKey implements SecretProvider {
        private final ApiKey key;
        private final String source;

        FixedKey(ApiKey key, String source) {
            this.key = key;
            this.source = source;
        }

        @Override
        public SecretValue fetch() {
            return key.toSecretValue();
        }

        @Override
        public String description() {
            return "the key just written to " + source;
        }
    }

    private void pause(int attempt) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 10));
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static @Nullable KeyMode modeOf(String redactedValue) {
        return KeyMode.ofPrefix(redactedValue).orElse(null);
    }

    /** Returns a duration as people write it: {@code 24 h}, {@code 2 h 10 min}, {@code 30 d}. */
    static String human(Duration d) {
        if (d.isZero()) {
            return "0 s";
        }
        List<String> parts = new ArrayList<>();
        if (d.toDaysPart() > 0) {
            parts.add(d.toDaysPart() + " d");
        }
        if (d.toHoursPart() > 0) {
            parts.add(d.toHoursPart() + " h");
        }
        if (d.toMinutesPart() > 0) {
            parts.add(d.toMinutesPart() + " min");
        }
        if (d.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(d.toSecondsPart() + " s");
        }
        return String.join(" ", parts);
    }

    /** Builds a {@link KeyRotator}. Not thread-safe. */
    public static final class Builder {
        private final AugnoClient client;
        private final WritableSecretStore store;
        private @Nullable SecretReference storeReference;
        private @Nullable WritableSecretStore fallbackStore;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Duration overlap = DEFAULT_OVERLAP;
        private Duration clientRefresh = DEFAULT_CLIENT_REFRESH;
        private Duration clientStaleWindow = DEFAULT_CLIENT_STALE_WINDOW;
        private int storeWriteAttempts = DEFAULT_STORE_WRITE_ATTEMPTS;
        private int rotateAttempts = DEFAULT_ROTATE_ATTEMPTS;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
        private @Nullable Function<SecretProvider, AugnoClient> verificationClient;

        private Builder(AugnoClient client, WritableSecretStore store) {
            this.client = Objects.requireNonNull(client, "adminClient == null");
            this.store = Objects.requireNonNull(store, "store == null");
        }

        /**
         * Sets the reference the store was opened from, so the pre-checks can refuse a reference
         * pinned to a version or stage. If not specified, only the store's write check catches it.
         */
        public Builder storeReference(SecretReference storeReference) {
            this.storeReference = Objects.requireNonNull(storeReference, "storeReference == null");
            return this;
        }

        /**
         * Sets the second store the caller writes the new secret to when the store write fails for
         * good (the {@link RotationIncompleteException} holds the secret; {@code augno-keys rotate
         * --fallback-store} writes it there). The pre-checks check it like the store. A store that
         * cannot tell in advance whether it may be written ({@link WriteAccess#UNKNOWN}) is refused
         * without a fallback store. If not specified, there is none. The rotator never closes it.
         */
        public Builder fallbackStore(WritableSecretStore fallbackStore) {
            this.fallbackStore = Objects.requireNonNull(fallbackStore, "fallbackStore == null");
            return this;
        }

        /** Sets the overlap of {@link KeyRotator#rotate(String)}. If not specified, this is 24 hours. */
        public Builder overlap(Duration overlap) {
            this.overlap = positive(overlap, "overlap");
            return this;
        }

        /**
         * Sets the key refresh interval of the clients that read the store, which bounds the
         * shortest overlap. If not specified, this is 5 minutes (the SDK's default).
         */
        public Builder clientRefresh(Duration clientRefresh) {
            this.clientRefresh = positive(clientRefresh, "clientRefresh");
            return this;
        }

        /**
         * Sets how long the clients serve their last good key when the store fails, which bounds the
         * shortest overlap. If not specified, this is 1 hour (the SDK's default).
         */
        public Builder clientStaleWindow(Duration clientStaleWindow) {
            Objects.requireNonNull(clientStaleWindow, "clientStaleWindow == null");
            if (clientStaleWindow.isNegative()) {
                throw new IllegalArgumentException("clientStaleWindow must not be negative: " + clientStaleWindow);
            }
            this.clientStaleWindow = clientStaleWindow;
            return this;
        }

        /** Sets how many times a store write is tried. If not specified, this is 4. */
        public Builder storeWriteAttempts(int storeWriteAttempts) {
            this.storeWriteAttempts = atLeastOne(storeWriteAttempts, "storeWriteAttempts");
            return this;
        }

        /** Sets how many rotate calls are made while the outcome is unknown. If not specified, this is 3. */
        public Builder rotateAttempts(int rotateAttempts) {
            this.rotateAttempts = atLeastOne(rotateAttempts, "rotateAttempts");
            return this;
        }

        /** Sets the wait before the first retry, doubled for each next one. If not specified, this is 1 second. */
        public Builder retryBackoff(Duration retryBackoff) {
            this.retryBackoff = positive(retryBackoff, "retryBackoff");
            return this;
        }

        /** Sets the clock (for tests). If not specified, the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Sets how the rotator waits between retries (for tests). If not specified, {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Sets how the client that verifies the new key is built from a provider serving it. If not
         * specified, a client on the admin client's base URL and API version.
         */
        public Builder verificationClient(Function<SecretProvider, AugnoClient> verificationClient) {
            this.verificationClient = Objects.requireNonNull(verificationClient, "verificationClient == null");
            return this;
        }

        /** Builds the rotator. */
        public KeyRotator build() {
            return new KeyRotator(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }

        private static int atLeastOne(int n, String name) {
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + n);
            }
            return n;
        }
    }
}
