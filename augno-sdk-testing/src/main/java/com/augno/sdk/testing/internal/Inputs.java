package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.described.ApiDescription;
import com.augno.sdk.testing.internal.described.BodyRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a route accepts, as the API description declares it: query parameter names and, for a JSON
 * body, each field with whether it is required and whether it may be {@code null}. {@link
 * InputValidation} enforces it; {@code RouteInputsTest} keeps it equal to {@code api/augno-api.json}.
 */
final class Inputs {
    /** Accepts no query parameters and no body. */
    static final Inputs NONE = new Inputs(Set.of(), Map.of(), false, null, false);

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

    /** The body's model in the description, whose nested objects are checked; null if none. */
    final @Nullable String model;

    /** Whether the description's rules check the whole body, top level included. */
    final boolean described;

    private Inputs(
            Set<String> query, Map<String, Field> body, boolean hasBody, @Nullable String model, boolean described) {
        this.query = query;
        this.body = body;
        this.hasBody = hasBody;
        this.model = model;
        this.described = described;
    }

    /** Accepts these query parameters (comma-separated names) and no body. */
    static Inputs query(String csv) {
        return new Inputs(names(csv), Map.of(), false, null, false);
    }

    /**
     * Returns a copy that accepts a JSON body of the description's {@code model}, checked by the
     * same rules as the described routes ({@link BodyRules}), nested objects included.
     */
    Inputs describedBody(String model) {
        List<ApiDescription.Field> fields = ApiDescription.load().model(model);
        if (fields == null) {
            throw new IllegalArgumentException("no model " + model + " in the description");
        }
        Map<String, Field> out = new LinkedHashMap<>();
        for (ApiDescription.Field f : fields) {
            out.put(f.name, new Field(f.required, f.nullable));
        }
        return new Inputs(query, Collections.unmodifiableMap(out), true, model, true);
    }

    /**
     * Returns a copy whose body's nested objects are checked against the description's
     * {@code model}; the top level stays as {@link #body(String)} declared it.
     */
    Inputs nestedFrom(String model) {
        return new Inputs(query, body, hasBody, model, false);
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
        return new Inputs(query, Collections.unmodifiableMap(fields), true, null, false);
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
