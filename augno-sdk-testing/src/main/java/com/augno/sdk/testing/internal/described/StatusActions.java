package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Field;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The status an action sets where its name makes it obvious ({@code archive} gives
 * {@code archived}, {@code issue} {@code issued}, {@code unarchive} the first status): the first
 * candidate the model's {@code status} enum lists. Actions without an obvious status change nothing.
 */
final class StatusActions {
    private static final Map<String, List<String>> CANDIDATES = Map.ofEntries(
            Map.entry("activate", List.of("active", "activated")),
            Map.entry("disable", List.of("disabled", "inactive")),
            Map.entry("remove", List.of("removed")),
            Map.entry("close", List.of("closed", "fulfilled")),
            Map.entry("open", List.of("open", "issued")),
            Map.entry("cancel", List.of("cancelled", "canceled")),
            Map.entry("hide", List.of("hidden")),
            Map.entry("approveSend", List.of("sent")),
            Map.entry("retry", List.of("pending")),
            Map.entry("continue", List.of("running")),
            Map.entry("regenerate", List.of("generating")),
            Map.entry("verify", List.of("verified")),
            Map.entry("read", List.of("read")),
            Map.entry("seen", List.of("seen")));

    private final ApiDescription api;

    StatusActions(ApiDescription api) {
        this.api = api;
    }

    /** Returns the status {@code action} sets on a {@code model}, or null. */
    @Nullable
    String statusAfter(String action, String model) {
        List<Field> fields = api.model(model);
        if (fields == null) {
            return null;
        }
        List<String> values = null;
        for (Field f : fields) {
            if (f.name.equals("status")) {
                values = api.enumValues(f.type);
            }
        }
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (action.startsWith("un") && action.length() > 2 && Character.isLowerCase(action.charAt(2))) {
            return values.contains("active") ? "active" : values.get(0);
        }
        List<String> candidates = CANDIDATES.getOrDefault(action, List.of(action + "d", action + "ed", action));
        for (String c : candidates) {
            if (values.contains(c)) {
                return c;
            }
        }
        return null;
    }
}
