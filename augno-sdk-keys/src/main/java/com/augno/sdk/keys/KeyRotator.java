package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyService;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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

    // One part per job; this class keeps the public API and the order of the steps.
    private final RotationSettings settings;
    private final Duration overlap;
    private final RotationPrecheck precheck;
    private final RotationRun runner;
    private final RotationStatusReader status;

    private KeyRotator(Builder b) {
        Function<SecretProvider, AugnoClient> vc = b.verificationClient;
        AugnoClient admin = b.client;
        this.settings = new RotationSettings(
                b.client,
                b.store,
                b.storeReference,
                b.fallbackStore,
                b.clock,
                b.sleeper,
                b.clientRefresh,
                b.clientStaleWindow,
                b.storeWriteAttempts,
                b.rotateAttempts,
                b.retryBackoff,
                vc != null
                        ? vc
                        : provider -> AugnoClient.builder()
                                .secretProvider(provider)
                                .baseUrl(admin.baseUrl())
                                .apiVersion(admin.apiVersion())
                                .clock(b.clock)
                                .sleeper(b.sleeper)
                                .build());
        this.overlap = b.overlap;
        this.precheck = new RotationPrecheck(settings);
        this.runner = new RotationRun(settings, precheck);
        this.status = new RotationStatusReader(settings);
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
        return settings.minimumOverlap();
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
        return precheck.precheck(keyId, RotationKind.SCHEDULED, overlap).plan();
    }

    /** Dry run of an emergency rotation: the same checks as {@link #plan(String, Duration)}. */
    public RotationPlan planEmergency(String keyId) {
        return precheck.precheck(keyId, RotationKind.EMERGENCY, null).plan();
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
        return runner.run(keyId, RotationKind.SCHEDULED, overlap);
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
        return runner.run(keyId, RotationKind.EMERGENCY, null);
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
        settings.client().apiKeys().revoke(keyId);
        LOG.warn("Key {} revoked", keyId);
        return settings.getKey(keyId);
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
        return status.read(oldKeyId, window, maxPages);
    }

    // ---------------------------------------------------------------------------------------------

    /** Returns what a reference is pinned to, if it names a fixed version or stage. */
    static Optional<String> pinnedReason(SecretReference ref) {
        return RotationPrecheck.pinnedReason(ref);
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
