package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** List envelopes: cursor pages with {@code next_page_url}, nested lists, and list filters. */
final class Pages {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private Pages() {}

    /** Returns one page of {@code newestFirst} (ordered by descending sequence) as a list envelope. */
    static <T extends Model.Rec> ObjectNode page(Ctx ctx, List<T> newestFirst, Function<T, JsonNode> render) {
        Long limitParam = ctx.query.longValue("limit");
        int limit = DEFAULT_LIMIT;
        if (limitParam != null) {
            if (limitParam < 1 || limitParam > MAX_LIMIT) {
                throw ApiError.invalid("limit", "it must be between 1 and " + MAX_LIMIT);
            }
            limit = limitParam.intValue();
        }
        String cursor = ctx.query.one("cursor");
        int from = 0;
        int to;
        if (cursor == null) {
            to = Math.min(newestFirst.size(), limit);
        } else {
            String decoded;
            long pivot;
            try {
                decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                pivot = Long.parseLong(decoded.substring(2));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw ApiError.invalid("cursor", "it is not a cursor this API issued; follow next_page_url");
            }
            if (decoded.startsWith("a:")) {
                from = newestFirst.size();
                for (int i = 0; i < newestFirst.size(); i++) {
                    if (newestFirst.get(i).seq < pivot) {
                        from = i;
                        break;
                    }
                }
                to = Math.min(newestFirst.size(), from + limit);
            } else if (decoded.startsWith("b:")) {
                to = 0;
                for (int i = 0; i < newestFirst.size(); i++) {
                    if (newestFirst.get(i).seq > pivot) {
                        to = i + 1;
                    }
                }
                from = Math.max(0, to - limit);
            } else {
                throw ApiError.invalid("cursor", "it is not a cursor this API issued; follow next_page_url");
            }
        }
        ObjectNode o = Json.object();
        o.put("object", "list");
        ArrayNode data = o.putArray("data");
        for (int i = from; i < to; i++) {
            data.add(render.apply(newestFirst.get(i)));
        }
        boolean hasNext = to < newestFirst.size();
        boolean hasPrev = from > 0;
        ObjectNode pi = o.putObject("page_info");
        pi.put("has_next_page", hasNext).put("has_prev_page", hasPrev);
        pi.put("next_page_url", hasNext ? pageUrl(ctx, "a:" + newestFirst.get(to - 1).seq) : null);
        pi.put("previous_page_url", hasPrev ? pageUrl(ctx, "b:" + newestFirst.get(from).seq) : null);
        return o;
    }

    private static String pageUrl(Ctx ctx, String cursor) {
        StringBuilder sb = new StringBuilder(ctx.req.path).append('?');
        for (String[] pair : ctx.query.rawPairs) {
            if (pair[0].equals("cursor")) {
                continue;
            }
            sb.append(pair[0]).append('=').append(pair[1]).append('&');
        }
        sb.append("cursor=")
                .append(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
        return sb.toString();
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
