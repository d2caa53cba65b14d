package com.augno.sdk.internal.http;

import com.augno.sdk.http.RequestOptions;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Gives a call of a method that takes one ({@link
 * com.augno.sdk.http.HttpMethod#isIdempotencyKeyed()}) its {@code Idempotency-Key}, once, before
 * the first attempt: the caller's ({@code RequestOptions.idempotencyKey}, or an {@code
 * Idempotency-Key} header in any case), else a random UUID. Every attempt of the call sends the
 * same key, so a retried write is applied once.
 */
final class IdempotencyStage implements Stage {
    static final IdempotencyStage INSTANCE = new IdempotencyStage();

    private IdempotencyStage() {}

    @Override
    public Verdict handle(Exchange x) {
        if (x.idempotencyKey == null && x.method.isIdempotencyKeyed()) {
            String key = x.options.idempotencyKey().orElse(null);
            if (key == null) {
                key = headerIgnoringCase(x.options, "Idempotency-Key");
            }
            x.idempotencyKey = key != null ? key : UUID.randomUUID().toString();
        }
        return Verdict.NEXT;
    }

    private static @Nullable String headerIgnoringCase(RequestOptions options, String name) {
        for (Map.Entry<String, String> h : options.headers().entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }
}
