package com.augno.sdk.internal.json;

import com.augno.sdk.model.ApiObject;
import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A model shaped as the generator writes them (field visibility, a private creator, an
 * open enum, instants, a decimal, a list, a lazily decoded nested model, unknown fields kept), for
 * {@link JsonWarmUp} to decode once: it takes Jackson through the same introspection and decoding
 * paths as the first real response, without loading any service's classes.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class WarmUpSample extends ApiObject {
    /** A document with every field set and one field the model does not know. */
    static final String JSON = "{\"id\":\"smp_1\",\"object\":\"sample\",\"created_at\":\"2026-01-02T03:04:05Z\","
            + "\"amount\":12.50,\"count\":3,\"active\":true,\"tags\":[\"a\",\"b\"],"
            + "\"child\":{\"id\":\"smp_2\",\"object\":\"sample\",\"created_at\":\"2026-01-02T03:04:05.123Z\"},"
            + "\"not_in_the_model\":{\"x\":[1,null]}}";

    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final Kind object;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("amount")
    private final @Nullable BigDecimal amount;

    @JsonProperty("count")
    private final @Nullable Long count;

    @JsonProperty("active")
    private final @Nullable Boolean active;

    @JsonProperty("tags")
    private final List<String> tags;

    @JsonProperty("child")
    private final @Nullable WarmUpSample child;

    @JsonCreator
    private WarmUpSample(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable Kind object,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("amount") @Nullable BigDecimal amount,
            @JsonProperty("count") @Nullable Long count,
            @JsonProperty("active") @Nullable Boolean active,
            @JsonProperty("tags") @Nullable List<String> tags,
            @JsonProperty("child") @JsonDeserialize(using = LazyModelDeserializer.class) @Nullable WarmUpSample child) {
        // Required, as in a generated model (whose check, Checks.required, lives in internal.http:
        // this package must not depend on it).
        this.id = Objects.requireNonNull(id, "id");
        this.object = Objects.requireNonNull(object, "object");
        this.createdAt = Objects.requireNonNull(createdAt, "created_at");
        this.amount = amount;
        this.count = count;
        this.active = active;
        this.tags = tags == null ? Collections.emptyList() : Collections.unmodifiableList(tags);
        this.child = child;
    }

    /**
     * Whether this is what {@link #JSON} holds: the warm-up's proof that decoding worked, so that a
     * change that breaks it fails a test instead of passing unseen.
     */
    boolean isTheSample() {
        WarmUpSample c = child;
        return id.equals("smp_1")
                && object.is(Kind.Known.SAMPLE)
                && createdAt.equals(Instant.parse("2026-01-02T03:04:05Z"))
                && amount != null
                && amount.compareTo(new BigDecimal("12.5")) == 0
                && Long.valueOf(3).equals(count)
                && Boolean.TRUE.equals(active)
                && tags.equals(List.of("a", "b"))
                && c != null
                && c.id.equals("smp_2")
                && c.createdAt.toEpochMilli() % 1000 == 123
                && additionalProperties().containsKey("not_in_the_model");
    }

    /** An open enum, as the generator writes them. */
    static final class Kind extends OpenEnum<Kind.Known> {
        private Kind(String value) {
            super(value, Known.class);
        }

        @JsonCreator
        static Kind of(String value) {
            return new Kind(value);
        }

        /** The values this SDK knows. */
        enum Known {
            SAMPLE("sample");

            private final String wire;

            Known(String wire) {
                this.wire = wire;
            }

            @Override
            public String toString() {
                return wire;
            }
        }
    }
}
