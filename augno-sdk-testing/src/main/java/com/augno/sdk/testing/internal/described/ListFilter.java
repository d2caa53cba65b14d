package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.augno.sdk.testing.internal.described.ApiDescription.Param;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The list filters a description names in a way the fake can read: {@code q} (a case-insensitive
 * search on names, numbers and other text fields), {@code <field>_ids} / {@code <plural>} lists
 * (equality on {@code <field>_id} or {@code <singular>}), a scalar parameter named like a stored
 * field (equality), and time windows ({@code starts_at}/{@code ends_at} and
 * {@code <field>_after}/{@code <field>_before} on timestamps). Other parameters are accepted and
 * ignored.
 */
final class ListFilter {
    private static final Set<String> PAGING = Set.of("cursor", "limit", "include", "q");
    private static final List<String> SEARCHED = List.of("name", "number", "display_name", "email", "title", "code");

    private ListFilter() {}

    static boolean matches(Operation op, DescribedCall call, StoredRecord r) {
        String q = call.one("q");
        if (q != null && !q.isEmpty() && !matchesQ(q, r)) {
            return false;
        }
        for (Param p : op.queryParams.values()) {
            List<String> wanted = call.query().get(p.name);
            if (PAGING.contains(p.name) || wanted == null || wanted.isEmpty()) {
                continue;
            }
            if (!matchesOne(p, wanted, r)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesQ(String q, StoredRecord r) {
        String needle = q.toLowerCase(Locale.ROOT);
        for (String f : SEARCHED) {
            JsonNode v = r.values.get(f);
            if (v != null
                    && v.isValueNode()
                    && v.asText().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return r.id.equals(q);
    }

    private static boolean matchesOne(Param p, List<String> wanted, StoredRecord r) {
        String name = p.name;
        if (name.equals("starts_at") || name.endsWith("_after")) {
            Instant t = instant(wanted.get(0));
            Instant at = timeOf(r, name.equals("starts_at") ? "created_at" : name.substring(0, name.length() - 6));
            return t == null || at == null || !at.isBefore(t);
        }
        if (name.equals("ends_at") || name.endsWith("_before")) {
            Instant t = instant(wanted.get(0));
            Instant at = timeOf(r, name.equals("ends_at") ? "created_at" : name.substring(0, name.length() - 7));
            return t == null || at == null || !at.isAfter(t);
        }
        @Nullable String field = null;
        if (p.type.startsWith("list<")) {
            if (name.endsWith("_ids")) {
                field = name.substring(0, name.length() - 1);
            } else if (name.endsWith("ses") && r.values.has(name.substring(0, name.length() - 2))) {
                field = name.substring(0, name.length() - 2);
            } else if (name.endsWith("s")) {
                field = name.substring(0, name.length() - 1);
            }
        } else {
            field = name;
        }
        if (field == null) {
            return true;
        }
        JsonNode v = r.values.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return true; // a filter on something the record never stored cannot be judged: keep it
        }
        for (String w : wanted) {
            if (v.asText().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Instant timeOf(StoredRecord r, String field) {
        if (field.equals("created_at")) {
            return r.createdAt;
        }
        if (field.equals("updated_at")) {
            return r.updatedAt;
        }
        JsonNode v = r.values.get(field);
        return v == null || !v.isTextual() ? null : instant(v.asText());
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                throw DescribedError.badRequest(
                        "invalid_format", "The value " + s + " is not an RFC 3339 timestamp.", null);
            }
        }
    }
}
