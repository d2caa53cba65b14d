package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.Fault;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Injected faults per route key (or {@code "*"}), taken in order, and how each kind changes a
 * response: before processing (an error or 429 instead of the handler) or after it (reset, empty
 * or truncated body, an error that hides a success).
 */
final class Faults {
    private final Map<String, ArrayList<Slot>> byRoute = new HashMap<>();

    private static final class Slot {
        final Fault fault;
        int remaining;

        Slot(Fault fault) {
            this.fault = fault;
            this.remaining = fault.timesLimit();
        }
    }

    synchronized void inject(String routeKey, Fault fault) {
        byRoute.computeIfAbsent(routeKey, k -> new ArrayList<>()).add(new Slot(fault));
    }

    synchronized void clear() {
        byRoute.clear();
    }

    /** Takes the next fault for a route: the route's own first, then the {@code "*"} ones. */
    synchronized @Nullable Fault take(String routeKey) {
        if (byRoute.isEmpty()) {
            return null;
        }
        Fault f = takeFrom(byRoute.get(routeKey));
        return f != null ? f : takeFrom(byRoute.get("*"));
    }

    private static @Nullable Fault takeFrom(@Nullable ArrayList<Slot> slots) {
        if (slots == null || slots.isEmpty()) {
            return null;
        }
        Slot slot = slots.get(0);
        if (slot.remaining > 0) {
            slot.remaining--;
            if (slot.remaining == 0) {
                slots.remove(0);
            }
        }
        return slot.fault;
    }

    /** Whether the fault resets the connection before the request is processed. */
    static boolean resetsBefore(@Nullable Fault fault) {
        return fault != null && fault.kind() == Fault.Kind.CONNECTION_RESET && !fault.appliesAfterProcessing();
    }

    /** The fault that replaces processing with an error, or null. */
    static @Nullable Fault errorBefore(@Nullable Fault fault) {
        return fault != null
                        && !fault.appliesAfterProcessing()
                        && (fault.kind() == Fault.Kind.ERROR || fault.kind() == Fault.Kind.RATE_LIMITED)
                ? fault
                : null;
    }

    /** Applies a fault that acts on the processed response (and a delay of any fault). */
    static FakeResponse applyAfter(@Nullable Fault fault, FakeResponse response, ErrorRenderer errors) {
        if (fault == null) {
            return response;
        }
        FakeResponse out = fault.appliesAfterProcessing() ? after(fault, response, errors) : response;
        if (fault.kind() == Fault.Kind.DELAY) {
            out.delayMillis = fault.delay().toMillis();
        }
        return out;
    }

    private static FakeResponse after(Fault fault, FakeResponse response, ErrorRenderer errors) {
        switch (fault.kind()) {
            case CONNECTION_RESET:
                return FakeResponse.reset();
            case EMPTY_BODY:
                return response.withBody(new byte[0]);
            case TRUNCATED_BODY:
                byte[] b = response.body;
                byte[] half = new byte[b.length / 2];
                System.arraycopy(b, 0, half, 0, half.length);
                return response.withBody(half);
            case ERROR:
            case RATE_LIMITED:
                ApiError e = error(fault);
                FakeResponse out = new FakeResponse(e.status, errors.body(e, null));
                out.headers.put("Content-Type", "application/json");
                String requestId = response.headers.get("Request-Id");
                if (requestId != null) {
                    out.headers.put("Request-Id", requestId);
                }
                out.headers.putAll(e.headers);
                return out;
            default:
                return response;
        }
    }

    /** The API error an error or rate-limit fault answers with. */
    static ApiError error(Fault fault) {
        String code = fault.code() == null ? "internal_error" : fault.code();
        if (fault.kind() == Fault.Kind.RATE_LIMITED) {
            long seconds = (fault.retryAfter().toMillis() + 999) / 1000;
            return new ApiError(
                    429,
                    "rate_limit_exceeded",
                    "Too many requests. Retry after " + seconds + " second(s).",
                    null,
                    true,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        return new ApiError(fault.status(), code, "Injected fault: " + code + ".", null, fault.isTransient());
    }
}
