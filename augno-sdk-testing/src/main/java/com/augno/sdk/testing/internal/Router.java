package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.Route.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fake's routing table: which {@link Route} serves a method and path, route keys for faults
 * and counters, and {@link #unmatched}, the single place where a request no route serves ends.
 */
final class Router {
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Route> byKey = new HashMap<>();

    /** The outcome of matching a request: the route (null if none) and its path parameters. */
    static final class Match {
        final @Nullable Route route;
        final List<String> params;
        /** Whether some route serves this path with another method (405 rather than 404). */
        final boolean pathKnown;

        Match(@Nullable Route route, List<String> params, boolean pathKnown) {
            this.route = route;
            this.params = params;
            this.pathKnown = pathKnown;
        }

        /** The key requests are counted and faulted under: the route's, else the raw path. */
        String routeKey(FakeRequest req) {
            Route r = route;
            return r != null ? r.key : req.method + " " + req.path;
        }
    }

    /** Adds a route whose requests appear in request-log lists and that sandboxes may call. */
    Route add(String method, String template, @Nullable String permission, String includes, Function<Ctx, Result> h) {
        return add(new Route(method, template, permission, includeSet(includes), h, true, false));
    }

    Route add(Route r) {
        routes.add(r);
        byKey.put(r.method + " " + r.template.replaceAll("\\{[^}]*}", "{id}"), r);
        return r;
    }

    static Set<String> includeSet(String csv) {
        Set<String> s = new LinkedHashSet<>();
        for (String p : csv.split(",")) {
            if (!p.isBlank()) {
                s.add(p.trim());
            }
        }
        return s;
    }

    Match match(FakeRequest req) {
        String[] segments = req.path.length() > 1 ? req.path.substring(1).split("/", -1) : new String[0];
        boolean pathKnown = false;
        for (Route r : routes) {
            List<String> p = r.match(segments);
            if (p != null) {
                pathKnown = true;
                if (r.method.equals(req.method)) {
                    return new Match(r, p, true);
                }
            }
        }
        return new Match(null, List.of(), pathKnown);
    }

    /**
     * Answers an authenticated request that no route serves: {@code 405} when the path exists with
     * another method, else {@code 404}. Every unmatched request ends here (the fallback hook).
     */
    Result unmatched(Ctx ctx, Match match) {
        FakeRequest req = ctx.req;
        if (match.pathKnown) {
            throw new ApiError(
                    405, "method_not_allowed", req.method + " is not allowed on " + req.path + ".", null, false);
        }
        throw new ApiError(404, "resource_not_found", "No route matches " + req.path + ".", null, false);
    }

    /** The routes in matching order. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Returns the route keys the fake serves ({@code "GET /v1/sales/customers"}, ...). */
    List<String> routeKeys() {
        List<String> out = new ArrayList<>();
        for (Route r : routes) {
            out.add(r.key);
        }
        return out;
    }

    /**
     * Turns a route a test names ({@code "get /v1/x/{anything}"}) into the served route's key.
     *
     * @throws IllegalArgumentException if no route has that method and template
     */
    String normalizeRouteKey(String route) {
        String r = route.trim();
        if (r.equals("*")) {
            return r;
        }
        int sp = r.indexOf(' ');
        if (sp > 0) {
            String key = r.substring(0, sp).toUpperCase(Locale.ROOT) + " "
                    + r.substring(sp + 1).trim().replaceAll("\\{[^}]*}", "{id}");
            Route found = byKey.get(key);
            if (found != null) {
                return found.key;
            }
        }
        throw new IllegalArgumentException("Unknown route '" + route
                + "'. Use \"*\" or one of the fake's routes, e.g. \"GET /v1/sales/customers/{id}\": " + routeKeys());
    }
}
