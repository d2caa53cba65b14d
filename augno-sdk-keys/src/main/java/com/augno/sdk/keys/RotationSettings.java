package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInclude;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.WritableSecretStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link KeyRotator}'s configuration, shared by its parts (pre-check, mint, orphan recovery, store
 * write, verification, status), with the few reads and waits they all use.
 */
record RotationSettings(
        AugnoClient client,
        WritableSecretStore store,
        @Nullable SecretReference storeReference,
        @Nullable WritableSecretStore fallbackStore,
        Clock clock,
        Sleeper sleeper,
        Duration clientRefresh,
        Duration clientStaleWindow,
        int storeWriteAttempts,
        int rotateAttempts,
        Duration retryBackoff,
        Function<SecretProvider, AugnoClient> verificationClient) {

    // A key created this long before the rotation started still counts as its orphan (clock skew).
    static final Duration ORPHAN_SKEW = Duration.ofMinutes(5);
    static final int ORPHAN_SEARCH_PAGES = 10;
    static final long PAGE_SIZE = 100;
    // Stands in for the new key's id when Augno's answer lacked it; the secret is what counts.
    static final String MISSING_ID = "(id missing from Augno's answer)";

    /** Returns the shortest overlap: twice (client refresh + stale window). */
    Duration minimumOverlap() {
        return clientRefresh.plus(clientStaleWindow).multipliedBy(2);
    }

    ApiKeyInfo getKey(String id) {
        return client.auth().apiKeys().get(id, ApiKeyInclude.ROLE);
    }

    Page<ApiKeyInfo> listKeys(String name) {
        return client.auth()
                .apiKeys()
                .list(ApiKeyListParams.builder()
                        .q(name)
                        .limit(PAGE_SIZE)
                        .include(ApiKeyInclude.ROLE)
                        .build());
    }

    /** Waits before retry {@code attempt + 1}: the backoff, doubled for each retry before it. */
    void pause(int attempt) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 10));
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static @Nullable KeyMode modeOf(@Nullable String redactedValue) {
        return redactedValue == null ? null : KeyMode.ofPrefix(redactedValue).orElse(null);
    }

    /** A key record's id, or {@link #MISSING_ID} when the answer lacked it (a broken or foreign server). */
    @SuppressWarnings("ConstantConditions") // kept defensive: a record may come from another decoder
    static String idOf(@Nullable ApiKeyInfo info) {
        @Nullable String id = info == null ? null : info.id();
        return id == null ? MISSING_ID : id;
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
}
