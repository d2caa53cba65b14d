package com.augno.sdk.testing.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One endpoint of the fake: method, path template, what it requires and its handler. */
final class Route {
    /** Marks a route that needs a role of type {@code admin}. */
    static final String ADMIN = "<admin>";

    final String method;
    final String template;
    final String key;
    final String[] segments;
    /** A permission string, {@link #ADMIN}, or null when nothing is required. */
    final @Nullable String permission;

    final Set<String> includes;
    final Function<Ctx, Result> handler;
    /** Whether request-log lists show this route's requests (the logging endpoints are left out). */
    final boolean listed;

    final boolean productionOnly;

    /** The names of the path parameters, in order ({@code id} for {@code {id}}). */
    final List<String> paramNames;

    /** What the route accepts; {@link Inputs#NONE} until {@link #accepts} says otherwise. */
    Inputs inputs = Inputs.NONE;

    Route(
            String method,
            String template,
            @Nullable String permission,
            Set<String> includes,
            Function<Ctx, Result> handler,
            boolean listed,
            boolean productionOnly) {
        this.method = method;
        this.template = template;
        this.key = method + " " + template;
        this.segments = template.substring(1).split("/");
        this.permission = permission;
        this.includes = includes;
        this.handler = handler;
        this.listed = listed;
        this.productionOnly = productionOnly;
        List<String> names = new java.util.ArrayList<>();
        for (String seg : segments) {
            if (seg.startsWith("{")) {
                names.add(seg.substring(1, seg.length() - 1));
            }
        }
        this.paramNames = List.copyOf(names);
    }

    /** Declares what the route accepts (query parameters, body fields). */
    Route accepts(Inputs in) {
        this.inputs = in;
        return this;
    }

    /**
     * Returns the path parameters if {@code pathSegments} fits this template, else null. An empty
     * parameter matches (as {@code ""}) so that it can be answered {@code parameter_missing}.
     */
    @Nullable
    List<String> match(String[] pathSegments) {
        if (pathSegments.length != segments.length) {
            return null;
        }
        List<String> params = null;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                if (params == null) {
                    params = new java.util.ArrayList<>(2);
                }
                params.add(pathSegments[i]);
            } else if (!s.equals(pathSegments[i])) {
                return null;
            }
        }
        return params == null ? List.of() : params;
    }

    /** A handler's answer. */
    static final class Result {
        final int status;
        final com.fasterxml.jackson.databind.JsonNode body;
        final boolean hasKeySecret;

        Result(int status, com.fasterxml.jackson.databind.JsonNode body, boolean hasKeySecret) {
            this.status = status;
            this.body = body;
            this.hasKeySecret = hasKeySecret;
        }

        static Result ok(com.fasterxml.jackson.databind.JsonNode body) {
            return new Result(200, body, false);
        }

        static Result created(com.fasterxml.jackson.databind.JsonNode body) {
            return new Result(201, body, false);
        }

        /** {@code 200 {}}, the answer of deletes and revocations. */
        static Result okEmpty() {
            return ok(Json.object());
        }
    }
}
