package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.internal.Model.Replay;
import com.augno.sdk.testing.internal.Route.Result;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One request's way through the fake: count and fault it, check version, key, route, permission
 * and input, replay or run the handler, render the answer, and log it. One lock around the
 * processing keeps the model simple and is fast enough for thousands of requests per second.
 */
final class RequestPipeline {
    private final Clock clock;
    private final ReentrantLock lock;
    private final Router router;
    private final Gatekeeper gatekeeper;
    private final Idempotency idempotency;
    private final Faults faults;
    private final Counters counters;
    private final RequestLogRecorder logs;
    private final ErrorRenderer errors;
    private final RateLimitHeaders rateLimits;

    RequestPipeline(
            Clock clock,
            ReentrantLock lock,
            Router router,
            Gatekeeper gatekeeper,
            Idempotency idempotency,
            Faults faults,
            Counters counters,
            RequestLogRecorder logs,
            ErrorRenderer errors,
            RateLimitHeaders rateLimits) {
        this.clock = clock;
        this.lock = lock;
        this.router = router;
        this.gatekeeper = gatekeeper;
        this.idempotency = idempotency;
        this.faults = faults;
        this.counters = counters;
        this.logs = logs;
        this.errors = errors;
        this.rateLimits = rateLimits;
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

    private FakeResponse process(FakeRequest req, Router.Match match, @Nullable Fault before, long startNanos) {
        Ctx ctx = new Ctx(req, clock.instant(), Store.newId("rq"));
        Route route = match.route;
        ctx.route = route;
        ctx.params = match.params;
        ctx.idempotencyKey = req.header("Idempotency-Key");
        ctx.key = gatekeeper.keyOf(req);
        FakeResponse out;
        ApiError error = null;
        Result result = null;
        String scope = null;
        boolean handlerRan = false;
        try {
            if (before != null) {
                throw Faults.error(before);
            }
            Gatekeeper.checkVersion(req);
            Gatekeeper.authenticate(ctx);
            if (route == null) {
                handlerRan = true;
                result = router.unmatched(ctx, match);
            } else {
                Gatekeeper.authorize(ctx, route);
                checkIncludes(ctx, route);
                if (req.method.equals("POST") || req.method.equals("PATCH")) {
                    BodyFields.parse(ctx);
                }
                scope = Idempotency.scope(ctx);
                if (scope != null) {
                    Replay r = idempotency.find(scope, req);
                    if (r != null) {
                        out = idempotency.response(r);
                        logs.record(
                                ctx,
                                route,
                                out.status,
                                null,
                                r.hasKeySecret
                                        ? RequestLogRecorder.redactSecret(Json.parse(out.body))
                                        : Json.parse(out.body),
                                startNanos);
                        out.headers.put("Request-Id", ctx.logId);
                        return out;
                    }
                }
                handlerRan = true;
                result = route.handler.apply(ctx);
            }
            byte[] body = Json.bytes(result.body);
            out = new FakeResponse(result.status, body);
            if (scope != null) {
                idempotency.remember(scope, req, result.status, body, result.hasKeySecret);
            }
        } catch (ApiError e) {
            error = e;
            out = new FakeResponse(e.status, errors.body(e, ctx.logId));
            if (scope != null && handlerRan && e.status < 500) {
                // A handler's refusal is remembered like a success; auth and permission refusals are not.
                idempotency.remember(scope, req, e.status, out.body, false);
            }
            out.headers.putAll(e.headers);
        }
        out.headers.put("Content-Type", "application/json");
        out.headers.put("Request-Id", ctx.logId);
        logs.record(
                ctx, route, out.status, error, result == null ? null : RequestLogRecorder.loggable(result), startNanos);
        return out;
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
