package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.described.ApiDescription;
import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.augno.sdk.testing.internal.described.DescribedCall;
import com.augno.sdk.testing.internal.described.DescribedError;
import com.augno.sdk.testing.internal.described.DescribedOperations;
import com.augno.sdk.testing.internal.described.DescribedResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bridges the engine and {@link DescribedOperations}: one {@link Route} per described operation
 * that no hand-written route serves, so that every operation of {@code api/augno-api.json} passes
 * through the engine's pipeline (authentication, permissions, {@code include}, idempotency, faults,
 * request logs) and errors render exactly like the hand-written ones.
 */
final class DescribedRoutes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiDescription api = ApiDescription.load();
    private final Set<String> handWrittenCollections = new HashSet<>();
    private final DescribedOperations operations;

    /** Creates the generic part of the engine; {@link #open} builds its routes. */
    DescribedRoutes() {
        this.operations = new DescribedOperations(api, handWrittenCollections::contains);
    }

    /**
     * Builds the described routes the hand-written {@code handWritten} routes leave open, most
     * specific first: append them after the hand-written ones.
     *
     * @param handWritten the engine's own routes: they win over described ones
     */
    List<Route> open(List<Route> handWritten) {
        Set<String> taken = new HashSet<>();
        for (Route r : handWritten) {
            taken.add(shape(r.method, r.template));
            String t = r.template;
            if (t.endsWith("}")) {
                handWrittenCollections.add(t.substring(0, t.lastIndexOf('/')));
            } else if (r.method.equals("POST")) {
                handWrittenCollections.add(t);
            }
        }
        List<Operation> open = new ArrayList<>();
        for (Operation op : api.operations()) {
            if (!taken.contains(shape(op.method, op.path))) {
                open.add(op);
            }
        }
        // A literal segment beats a parameter (GET .../statuses before GET .../{id}).
        open.sort(Comparator.comparing(op -> specificity(op.path)));
        List<Route> routes = new ArrayList<>();
        for (Operation op : open) {
            routes.add(new Route(
                            op.method,
                            op.path,
                            permission(op.permission),
                            op.include,
                            ctx -> handle(op, ctx),
                            true,
                            false)
                    .accepts(inputs(api, op)));
        }
        return routes;
    }

    /** Returns a live described record's values, or null; see {@link DescribedOperations#find}. */
    @Nullable
    ObjectNode find(String accountId, String collectionPath, String id) {
        return operations.find(accountId, collectionPath, id);
    }

    /**
     * What the pipeline checks before the handler, as for the hand-written routes: query names
     * ({@code include} is checked apart) and the JSON body's fields, required and nullable as
     * described. DescribedOperations checks the rest (clearable on PATCH, PUT bodies).
     */
    private static Inputs inputs(ApiDescription api, Operation op) {
        Set<String> query = new LinkedHashSet<>(op.queryParams.keySet());
        query.remove("include");
        Inputs in = Inputs.query(String.join(",", query));
        String model = op.bodyModel;
        List<ApiDescription.Field> fields = model == null ? null : api.model(model);
        if (!"json".equals(op.bodyKind) || model == null || fields == null) {
            return in;
        }
        StringBuilder csv = new StringBuilder();
        for (ApiDescription.Field f : fields) {
            csv.append(f.name)
                    .append(f.required ? "!" : "")
                    .append(f.nullable ? "?" : "")
                    .append(',');
        }
        return in.body(csv.toString()).nestedFrom(model);
    }

    /** Sets how long a job runs on the fake's clock before it completes. */
    void jobDuration(Duration duration) {
        operations.jobDuration(duration);
    }

    /** Stores a record in a described collection; see {@link DescribedOperations#seed}. */
    String seed(String accountId, String collectionPath, ObjectNode fields, java.time.Instant now) {
        return operations.seed(accountId, collectionPath, fields, now);
    }

    private static String shape(String method, String template) {
        return method + " " + template.replaceAll("\\{[^}]*}", "{}");
    }

    private static String specificity(String template) {
        StringBuilder sb = new StringBuilder();
        for (String s : template.substring(1).split("/")) {
            sb.append(s.startsWith("{") ? '1' : '0');
        }
        return sb.toString();
    }

    private static @Nullable String permission(@Nullable String p) {
        if (p == null) {
            return null;
        }
        if (p.startsWith("role-type:admin")) {
            return Route.ADMIN;
        }
        int sp = p.indexOf(' ');
        return sp < 0 ? p : p.substring(0, sp);
    }

    private Route.Result handle(Operation op, Ctx ctx) {
        DescribedCall call = new DescribedCall(
                ctx.req.path,
                ctx.params,
                query(ctx.query),
                ctx.query.rawPairs,
                body(ctx),
                ctx.includes,
                ctx.now,
                ctx.account().id);
        try {
            DescribedResult r = operations.handle(op, call);
            return new Route.Result(r.status(), r.body(), false);
        } catch (DescribedError e) {
            throw new ApiError(e.status, e.code, String.valueOf(e.getMessage()), e.param, false);
        }
    }

    private static Map<String, List<String>> query(Query q) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] pair : q.rawPairs) {
            String name = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            if (name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2);
            }
            out.computeIfAbsent(name, k -> new ArrayList<>());
        }
        for (Map.Entry<String, List<String>> e : out.entrySet()) {
            e.getValue().addAll(new LinkedHashSet<>(q.list(e.getKey())));
        }
        return out;
    }

    /** The JSON body: the engine parses POST and PATCH bodies; PUT and DELETE ones are read here. */
    private static @Nullable ObjectNode body(Ctx ctx) {
        if (ctx.rawBody instanceof ObjectNode) {
            return (ObjectNode) ctx.rawBody;
        }
        byte[] b = ctx.req.body;
        if (b.length == 0 || ctx.req.method.equals("POST") || ctx.req.method.equals("PATCH")) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(b);
            if (node instanceof ObjectNode) {
                return (ObjectNode) node;
            }
        } catch (IOException e) {
            // A raw body (the favicon) is not JSON: the operation takes it as it is.
        }
        return null;
    }
}
