package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.augno.sdk.testing.internal.described.ApiDescription.Param;
import java.util.List;

/**
 * Checks a request against its operation's description, answering as the live API does: an unknown
 * query parameter is {@code 400 parameter_unknown}, a missing required one {@code parameter_missing};
 * a missing required body field {@code 400 missing_field}, an explicit {@code null} on a field that
 * is neither nullable nor clearable {@code 400 invalid_format}, an unknown body field
 * {@code 400 parameter_unknown}, an empty PATCH {@code 400 validation_failed}. Every error names the
 * field in {@code param}, nested ones by path ({@code lines[0].quantity}); see {@link BodyRules}.
 */
final class RequestValidator {
    private final BodyRules bodies;

    RequestValidator(BodyRules bodies) {
        this.bodies = bodies;
    }

    void check(Operation op, DescribedCall call) {
        checkQuery(op, call);
        if ("json".equals(op.bodyKind) && op.bodyModel != null) {
            bodies.check(op.bodyModel, call.body(), op.method.equals("PATCH"));
        }
    }

    private static void checkQuery(Operation op, DescribedCall call) {
        for (String name : call.query().keySet()) {
            if (!op.queryParams.containsKey(name)) {
                throw DescribedError.badRequest(
                        "parameter_unknown",
                        "The query parameter " + name + " is not known to " + op.method + " " + op.path + ".",
                        name);
            }
        }
        for (Param p : op.queryParams.values()) {
            List<String> v = call.query().get(p.name);
            if (p.required && (v == null || v.isEmpty())) {
                throw DescribedError.badRequest(
                        "parameter_missing", "The query parameter " + p.name + " is required.", p.name);
            }
            if (v != null && !v.isEmpty() && (p.type.equals("integer") || p.type.equals("list<integer>"))) {
                for (String s : v) {
                    if (!s.matches("-?\\d{1,18}")) {
                        throw DescribedError.badRequest("invalid_format", p.name + " must be an integer.", p.name);
                    }
                }
            }
        }
    }
}
