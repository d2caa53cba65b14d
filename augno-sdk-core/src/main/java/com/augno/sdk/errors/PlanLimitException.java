package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A plan limit was reached ({@code limit_exceeded}, {@code payment_required}, {@code agent_spending_cap_reached}, {@code registration_closed}); {@link #quota()} carries the limit when Augno sends it. */
public class PlanLimitException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public PlanLimitException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}
