package com.augno.sdk.errors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The plan quota carried by a plan-limit error ({@code limit_exceeded}). Immutable. */
public final class Quota {
    private final long limit;
    private final long used;
    private final @Nullable OffsetDateTime resetAt;

    @JsonCreator
    Quota(
            @JsonProperty("limit") long limit,
            @JsonProperty("used") long used,
            @JsonProperty("reset_at") @Nullable OffsetDateTime resetAt) {
        this.limit = limit;
        this.used = used;
        this.resetAt = resetAt;
    }

    /** Returns the plan maximum. */
    public long limit() {
        return limit;
    }

    /** Returns the amount consumed. */
    public long used() {
        return used;
    }

    /** Returns when the quota resets; empty for static limits that are not metered. */
    public Optional<OffsetDateTime> resetAt() {
        return Optional.ofNullable(resetAt);
    }

    @Override
    public String toString() {
        return "Quota(limit=" + limit + ", used=" + used + ", resetAt=" + resetAt + ")";
    }
}
