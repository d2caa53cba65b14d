package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.internal.Route.Result;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One request's way through the fake: count and fault it; check version, key, route, permission
 * and input; claim its {@code Idempotency-Key} or replay; run the handler; render and log the
 * answer. One lock around the processing keeps the model simple and is fast enough for thousands
 * of requests per second; only a test's {@linkplain #beforeHandler hook} runs outside it.
 */
final class RequestPipeline {
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Router router;
    private final Gatekeeper gatekeeper;
    private final Idempotency idempotency;
    private final Faults faults;
    private final Counters counters;
    private final RequestLogRecorder logs;
    private final ErrorRenderer errors;
    private final RateLimitHeaders rateLimits;
    private volatile @Nullable Consumer<String> beforeHandler;

    RequestPipeline(
            Clock clock,
            Router router,
            Gatekeeper gatekeeper,
            Idempotency idempotency,
            Faults faults,
            Counters counters,
            RequestLogRecorder logs,
            ErrorRenderer errors,
            RateLimitHeaders rateLimits) {
        this.clock = clock;
        this.router = router;
        this.gatekeeper = gatekeeper;
        this.idempotency = idempotency;
        this.faults = faults;
        this.counters = counters;
        this.logs = logs;
        this.errors = errors;
        this.rateLimits = rateLimits;
    }

    /** The lock that guards the store; held while a request is processed. */
    ReentrantLock lock() {
        return lock;
    }

    /**
     * Sets a hook called with the route key of each admitted request just before its handler runs,
     * outside the lock and after its {@code Idempotency-Key} is claimed (so that a test can hold a
     * request in flight); null removes it.
     */
    void beforeHandler(@Nullable Consumer<String> hook) {
        this.beforeHandler = hook;
    }

    FakeResponse handle(FakeRequest req) {
        long start = System.nanoTime();
        Router.Match match = router.match(req);
        String routeKey = match.routeKey(req);
        counters.countRequest(routeKey);
        Fault fault = faults.take(routeKey);
        if (Faults.resetsBefore(fault)) {
            return FakeResponse.reset();
        }
        FakeResponse response;
        lock.lock();
        try {
            response = process(req, match, Faults.errorBefore(fault), start);
        } finally {
            lock.unlock();
        }
        response = Faults.applyAfter(fault, response, errors);
        rateLimits.addTo(response);
        return response;
    }

    /** Processes a request; called with the lock held. */
    private FakeResponse process(FakeRequest req, Router.Match match, @Nullable Fault before, long startNanos) {
        Ctx ctx = new Ctx(req, clock.instant(), Store.newId("rq"));
        Route route = match.route;
        ctx.route = route;
        ctx.params = match.params;
        ctx.idempotencyKey = req.header("Idempotency-Key");
        ctx.key = gatekeeper.keyOf(req);
        String scope = null;
        try {
            if (before != null) {
                throw Faults.error(before);
            }
            Gatekeeper.checkVersion(req);
            Gatekeeper.authenticate(ctx);
            if (route == null) {
                return answer(ctx, null, router.unmatched(ctx, match), startNanos);
            }
            admit(ctx, route);
            scope = Idempotency.scope(ctx, route);
            if (scope != null) {
                Idempotency.Entry stored = idempotency.claim(scope, req);
                if (stored != null) {
                    return replay(ctx, route, stored, startNanos);
                }
            }
            runHook(route);
            Result result = route.handler.apply(ctx);
            FakeResponse out = answer(ctx, route, result, startNanos);
            if (scope != null) {
                idempotency.finish(scope, out.status, out.body, result.hasKeySecret);
            }
            return out;
        } catch (ApiError e) {
            FakeResponse out = new FakeResponse(e.status, errors.body(e, ctx.logId));
            out.headers.putAll(e.headers);
            finishHeaders(ctx, out);
            if (scope != null) {
                // A handler's refusal is stored like a success (unless 429 or 5xx, which release the key).
                idempotency.finish(scope, out.status, out.body, false);
            }
            logs.record(ctx, route, out.status, e, null, startNanos);
            return out;
        } catch (RuntimeException e) {
            if (scope != null) {
                idempotency.release(scope);
            }
            throw e;
        }
    }

    /** Everything a matched request must pass before its handler: permission, then input. */
    private static void admit(Ctx ctx, Route route) {
        Gatekeeper.authorize(ctx, route);
        InputValidation.checkPath(ctx, route);
        InputValidation.checkQuery(ctx, route);
        checkIncludes(ctx, route);
        if (ctx.req.method.equals("POST") || ctx.req.method.equals("PATCH")) {
            BodyFields.parse(ctx);
            InputValidation.checkBody(ctx, route);
        }
    }

    /** Runs the test hook without the lock, so that other requests proceed meanwhile. */
    private void runHook(Route route) {
        Consumer<String> hook = beforeHandler;
        if (hook == null) {
            return;
        }
        lock.unlock();
        try {
            hook.accept(route.key);
        } catch (RuntimeException e) {
            // A hook that throws stands for a handler that crashed: a 5xx, which releases the key.
            throw new ApiError(500, "internal_error", "The request failed while it was handled.", null, true);
        } finally {
            lock.lock();
        }
    }

    private FakeResponse answer(Ctx ctx, @Nullable Route route, Result result, long startNanos) {
        FakeResponse out = new FakeResponse(result.status, Json.bytes(result.body));
        finishHeaders(ctx, out);
        logs.record(ctx, route, out.status, null, RequestLogRecorder.loggable(result), startNanos);
        return out;
    }

    private FakeResponse replay(Ctx ctx, Route route, Idempotency.Entry stored, long startNanos) {
        FakeResponse out = idempotency.response(stored);
        out.headers.put("Request-Id", ctx.logId);
        logs.record(
                ctx,
                route,
                out.status,
                null,
                stored.hasKeySecret ? RequestLogRecorder.redactSecret(Json.parse(out.body)) : Json.parse(out.body),
                startNanos);
        return out;
    }

    private static void finishHeaders(Ctx ctx, FakeResponse out) {
        out.headers.put("Content-Type", "application/json");
        out.headers.put("Request-Id", ctx.logId);
    }

    private static void checkIncludes(Ctx ctx, Route route) {
        ctx.includes = ctx.query.set("include");
        for (String inc : ctx.includes) {
            if (!route.includes.contains(inc)) {
                throw ApiError.invalid(
                        "include",
                        "'" + inc + "' cannot be expanded here"
                                + (route.includes.isEmpty() ? "" : "; allowed: " + String.join(", ", route.includes)));
            }
        }
    }
}
