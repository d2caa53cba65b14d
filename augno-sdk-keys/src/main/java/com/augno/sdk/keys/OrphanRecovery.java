package com.augno.sdk.keys;

import static com.augno.sdk.keys.RotationSettings.ORPHAN_SEARCH_PAGES;
import static com.augno.sdk.keys.RotationSettings.ORPHAN_SKEW;
import static com.augno.sdk.keys.RotationSettings.PAGE_SIZE;
import static com.augno.sdk.keys.RotationSettings.modeOf;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.AuditAction;
import com.augno.sdk.api.core.AuditEvent;
import com.augno.sdk.api.core.AuditEventListParams;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the new key of a rotation whose secret never arrived (by the rotation's idempotency key in
 * the audit log, else by name, role, mode and creation time, never guessing between several) and
 * rotates it again, or says why it cannot; "nothing was changed" only when the server shows it.
 */
final class OrphanRecovery {
    // Logged under KeyRotator, the name operators configure: the parts are not API.
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotator.class);

    private final RotationSettings settings;
    private final AugnoClient client;
    private final WritableSecretStore store;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RotationMint mint;

    OrphanRecovery(RotationSettings settings, RotationMint mint) {
        this.settings = settings;
        this.client = settings.client();
        this.store = settings.store();
        this.clock = settings.clock();
        this.sleeper = settings.sleeper();
        this.mint = mint;
    }

    RotationMint.Created recoverOrphan(
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
                client.auth().apiKeys().revoke(extra.id());
                recovery.add("revoked another orphan " + extra.id());
            } catch (AugnoException e) {
                recovery.add("could not revoke another orphan " + extra.id() + ": " + e.getMessage());
            }
        }
        String secondId = UUID.randomUUID().toString();
        RotationMint.Created second =
                mint.rotateWithReplay(orphan.id(), null, secondId, recovery).created();
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
                .actions(AuditAction.CREATE.value())
                .startsAt(startedAt.minus(ORPHAN_SKEW))
                .limit(PAGE_SIZE)
                .build();
        try {
            Set<String> ids = new HashSet<>();
            for (AuditEvent e : Paging.read(
                            () -> client.core().auditEvents().list(params), ORPHAN_SEARCH_PAGES, sleeper, p -> {})
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

    Set<String> keyIdsNamed(String name) {
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

    private ApiKeyInfo getKey(String id) {
        return settings.getKey(id);
    }

    private Page<ApiKeyInfo> listKeys(String name) {
        return settings.listKeys(name);
    }
}
