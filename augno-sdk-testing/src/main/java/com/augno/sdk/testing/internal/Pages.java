package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** List envelopes: cursor pages with {@code next_page_url}, nested lists, and list filters. */
final class Pages {
    private Pages() {}

    /** Returns one page of {@code newestFirst} (ordered by descending sequence) as a list envelope. */
    static <T extends Model.Rec> ObjectNode page(Ctx ctx, List<T> newestFirst, Function<T, JsonNode> render) {
        return CursorPages.page(
                newestFirst,
                r -> r.seq,
                render,
                ctx.query.longValue("limit"),
                ctx.query.one("cursor"),
                ctx.req.path,
                ctx.query.rawPairs,
                ApiError::invalid);
    }

    /** A single-page list envelope of {@code items} (a nested list, or a list without cursors). */
    static ObjectNode single(List<? extends JsonNode> items) {
        ObjectNode o = Json.object();
        o.put("object", "list");
        ArrayNode d = o.putArray("data");
        items.forEach(d::add);
        ObjectNode pi = o.putObject("page_info");
        pi.put("has_next_page", false).put("has_prev_page", false);
        pi.set("next_page_url", NullNode.getInstance());
        pi.set("previous_page_url", NullNode.getInstance());
        return o;
    }

    static <T extends Model.Rec> List<T> newestFirst(Iterable<T> items, Predicate<T> filter) {
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (filter.test(t)) {
                out.add(t);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** The {@code q} filter: a case-insensitive substring of any of {@code texts}. */
    static boolean matchesQ(@Nullable String q, String... texts) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (t.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    static boolean inWindow(Instant t, @Nullable Instant from, @Nullable Instant to) {
        return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }

    /** A list filter: an empty set lets everything through. */
    static <T> boolean anyOf(Set<T> wanted, @Nullable T value) {
        return wanted.isEmpty() || (value != null && wanted.contains(value));
    }
}
