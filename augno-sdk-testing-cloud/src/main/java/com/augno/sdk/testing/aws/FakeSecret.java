package com.augno.sdk.testing.aws;

import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSCURRENT;
import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSPENDING;
import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSPREVIOUS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One secret of {@link FakeSecretsManager}: its versions and tags, and the staging-label rules of
 * the service (moving AWSCURRENT takes AWSPREVIOUS along; a rotation adds an AWSPENDING version).
 * Not thread-safe: the fake's lock guards it.
 */
final class FakeSecret {

    final String name;
    final String arn;
    final Map<String, Version> versions = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    boolean scheduledForDeletion;
    boolean rotationEnabled;

    FakeSecret(String name, String arn) {
        this.name = name;
        this.arn = arn;
    }

    /** Moves {@code stage} onto {@code to}; moving AWSCURRENT takes AWSPREVIOUS to the version it left. */
    void moveStage(String stage, Version to) {
        Version from = withStage(stage);
        if (from == to) {
            return;
        }
        if (from != null) {
            from.stages.remove(stage);
        }
        to.stages.add(stage);
        if (stage.equals(AWSCURRENT) && from != null) {
            Version previous = withStage(AWSPREVIOUS);
            if (previous != null) {
                previous.stages.remove(AWSPREVIOUS);
            }
            from.stages.add(AWSPREVIOUS);
        }
    }

    @Nullable
    Version withStage(String stage) {
        for (Version v : versions.values()) {
            if (v.stages.contains(stage)) {
                return v;
            }
        }
        return null;
    }

    /** Starts a rotation: a new AWSPENDING version (or the pending one), rotation turned on; returns its id. */
    String rotate(@Nullable String token) {
        rotationEnabled = true;
        Version pending = withStage(AWSPENDING);
        if (pending != null && !pending.stages.contains(AWSCURRENT)) {
            return pending.id;
        }
        Version v = new Version(token == null ? UUID.randomUUID().toString() : token);
        versions.put(v.id, v);
        moveStage(AWSPENDING, v);
        return v.id;
    }

    /** One version: its value (string or binary, or none yet) and its staging labels. */
    static final class Version {
        final String id;

        @Nullable
        String string;

        byte @Nullable [] binary;
        boolean hasValue;
        final Set<String> stages = new LinkedHashSet<>();

        Version(String id) {
            this.id = id;
        }

        void set(@Nullable String s, byte @Nullable [] b) {
            this.string = s;
            this.binary = b;
            this.hasValue = true;
        }

        boolean sameContent(@Nullable String s, byte @Nullable [] b) {
            return Objects.equals(string, s) && Arrays.equals(binary, b);
        }
    }
}
