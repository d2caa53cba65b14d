package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.described.ApiDescription;
import com.augno.sdk.testing.internal.described.BodyRules;
import com.augno.sdk.testing.internal.described.DescribedError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a request against its route's {@link Inputs} the way the server does, before the handler
 * runs: an unknown query parameter is {@code 400 parameter_unknown}, a missing path parameter
 * {@code 400 parameter_missing}; in the body an unknown field is {@code 400 parameter_unknown}, an
 * explicit {@code null} on a field that cannot be null {@code 400 invalid_format}, a missing
 * required field {@code 400 missing_field}, and a PATCH that sets nothing {@code 400
 * validation_failed}. Each names the offending {@code param}. A route whose {@link Inputs} name the
 * body's model in the description is checked by the described routes' {@link BodyRules}, nested
 * objects included ({@code param} is then a path such as {@code bill_to_address.country}).
 */
final class InputValidation {
    /** The described routes' body rules, shared so that both kinds of route fail alike. */
    private static final BodyRules RULES = new BodyRules(ApiDescription.load());

    private InputValidation() {}

    static void checkPath(Ctx ctx, Route route) {
        for (int i = 0; i < ctx.params.size(); i++) {
            if (ctx.params.get(i).isEmpty()) {
                throw ApiError.missing(route.paramNames.get(i));
            }
        }
    }

    static void checkQuery(Ctx ctx, Route route) {
        Inputs in = route.inputs;
        for (String name : ctx.query.names()) {
            boolean known = in.query.contains(name) || (name.equals("include") && !route.includes.isEmpty());
            if (!known) {
                throw new ApiError(
                        400,
                        "parameter_unknown",
                        "The query parameter " + name + " is not accepted by " + route.key + ".",
                        name,
                        false);
            }
        }
    }

    /** Checks the parsed body ({@code ctx.body}); call after {@link BodyFields#parse}. */
    static void checkBody(Ctx ctx, Route route) {
        Inputs in = route.inputs;
        if (!in.hasBody) {
            return;
        }
        String model = in.model;
        boolean patch = route.method.equals("PATCH");
        if (model != null && in.described) {
            described(() -> RULES.check(model, ctx.body, patch));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = ctx.body.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Inputs.Field f = in.body.get(e.getKey());
            if (f == null) {
                throw new ApiError(
                        400,
                        "parameter_unknown",
                        "The body field " + e.getKey() + " is not accepted by " + route.key + ".",
                        e.getKey(),
                        false);
            }
            if (e.getValue().isNull() && !f.nullable) {
                throw new ApiError(400, "invalid_format", e.getKey() + " cannot be null.", e.getKey(), false);
            }
        }
        for (Map.Entry<String, Inputs.Field> e : in.body.entrySet()) {
            if (e.getValue().required && !ctx.body.has(e.getKey())) {
                throw ApiError.missingField(e.getKey());
            }
        }
        if (patch && ctx.body.isEmpty()) {
            throw new ApiError(
                    400,
                    "validation_failed",
                    "The request body must set at least one field of " + String.join(", ", in.body.keySet()) + ".",
                    null,
                    false);
        }
        if (model != null) {
            described(() -> RULES.checkNested(model, ctx.body, patch));
        }
    }

    /** Runs a check of the described rules, answering its error as the hand-written routes do. */
    private static void described(Runnable check) {
        try {
            check.run();
        } catch (DescribedError e) {
            throw new ApiError(e.status, e.code, String.valueOf(e.getMessage()), e.param, false);
        }
    }
}
