package com.augno.sdk.testing.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a route accepts, as the API description declares it: query parameter names and, for a JSON
 * body, each field with whether it is required and whether it may be {@code null}. {@link
 * InputValidation} enforces it; {@code RouteInputsTest} keeps it equal to {@code api/augno-api.json}.
 */
final class Inputs {
    /** Accepts no query parameters and no body. */
    static final Inputs NONE = new Inputs(Set.of(), Map.of(), false);

    /** A body field's rules. */
    static final class Field {
        final boolean required;
        final boolean nullable;

        Field(boolean required, boolean nullable) {
            this.required = required;
            this.nullable = nullable;
        }
    }

    final Set<String> query;
    /** The body's fields in declaration order; empty with {@link #hasBody} false when there is no body. */
    final Map<String, Field> body;

    final boolean hasBody;

    private Inputs(Set<String> query, Map<String, Field> body, boolean hasBody) {
        this.query = query;
        this.body = body;
        this.hasBody = hasBody;
    }

    /** Accepts these query parameters (comma-separated names) and no body. */
    static Inputs query(String csv) {
        return new Inputs(names(csv), Map.of(), false);
    }

    /**
     * Returns a copy that also accepts a JSON body of these fields: comma-separated names, each
     * followed by {@code !} when required and {@code ?} when it may be {@code null}
     * ({@code "name!,note?,expires_at"}).
     */
    Inputs body(String csv) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String raw : csv.split(",")) {
            String f = raw.trim();
            if (f.isEmpty()) {
                continue;
            }
            boolean required = f.contains("!");
            boolean nullable = f.contains("?");
            fields.put(f.replace("!", "").replace("?", ""), new Field(required, nullable));
        }
        return new Inputs(query, Collections.unmodifiableMap(fields), true);
    }

    private static Set<String> names(String csv) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : csv.split(",")) {
            if (!n.isBlank()) {
                out.add(n.trim());
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
