package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The fake's one cursor pager, shared by the hand-written routes and the described ones: a
 * page of a newest-first list chosen by {@code limit} (1 to 1000, default 100) and an opaque cursor,
 * rendered as the API's list envelope with {@code next_page_url} and {@code previous_page_url}.
 */
public final class CursorPages {
    /** The page size when the request names none. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page size the API accepts. */
    public static final int MAX_LIMIT = 1000;

    private CursorPages() {}

    /**
     * Returns one page of {@code newestFirst} (ordered by descending sequence number) as a list
     * envelope.
     *
     * @param seq a record's sequence number, the cursor's pivot
     * @param limit the requested page size, or null for the default
     * @param cursor the requested cursor, or null for the first page
     * @param path the request path, for the page URLs
     * @param rawQuery the request's raw query pairs in order; all but {@code cursor} are kept in the
     *     page URLs
     * @param invalid builds the error for an invalid parameter from its name and the reason
     * @throws RuntimeException what {@code invalid} builds, for a limit out of range or a cursor this
     *     fake did not issue
     */
    public static <T> ObjectNode page(
            List<T> newestFirst,
            ToLongFunction<T> seq,
            Function<T, JsonNode> render,
            @Nullable Long limit,
            @Nullable String cursor,
            String path,
            List<String[]> rawQuery,
            BiFunction<String, String, ? extends RuntimeException> invalid) {
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw invalid.apply("limit", "it must be between 1 and " + MAX_LIMIT);
            }
            size = limit.intValue();
        }
        int from = 0;
        int to = Math.min(newestFirst.size(), size);
        if (cursor != null) {
            String decoded;
            long pivot;
            try {
                decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                pivot = Long.parseLong(decoded.substring(2));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw invalid.apply("cursor", "it is not a cursor this API issued; follow next_page_url");
            }
            if (decoded.startsWith("a:")) {
                // After the pivot: the first older record starts the page.
                from = newestFirst.size();
                for (int i = 0; i < newestFirst.size(); i++) {
                    if (seq.applyAsLong(newestFirst.get(i)) < pivot) {
                        from = i;
                        break;
                    }
                }
                to = Math.min(newestFirst.size(), from + size);
            } else if (decoded.startsWith("b:")) {
                // Before the pivot: the last newer record ends the page.
                to = 0;
                for (int i = 0; i < newestFirst.size(); i++) {
                    if (seq.applyAsLong(newestFirst.get(i)) > pivot) {
                        to = i + 1;
                    }
                }
                from = Math.max(0, to - size);
            } else {
                throw invalid.apply("cursor", "it is not a cursor this API issued; follow next_page_url");
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
        pi.put("next_page_url", hasNext ? url(path, rawQuery, "a:" + seq.applyAsLong(newestFirst.get(to - 1))) : null);
        pi.put(
                "previous_page_url",
                hasPrev ? url(path, rawQuery, "b:" + seq.applyAsLong(newestFirst.get(from))) : null);
        return o;
    }

    private static String url(String path, List<String[]> rawQuery, String cursor) {
        StringBuilder sb = new StringBuilder(path).append('?');
        for (String[] pair : rawQuery) {
            if (!pair[0].equals("cursor")) {
                sb.append(pair[0]).append('=').append(pair[1]).append('&');
            }
        }
        sb.append("cursor=")
                .append(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
