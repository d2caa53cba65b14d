package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pages over a newest-first list, in the envelope and cursor format of the hand-written
 * routes: {@code limit} 1 to 1000 (default 100), opaque cursors in {@code next_page_url} and
 * {@code previous_page_url}.
 */
final class Pager {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private Pager() {}

    static ObjectNode page(
            DescribedCall call, List<StoredRecord> newestFirst, Function<StoredRecord, JsonNode> render) {
        int limit = DEFAULT_LIMIT;
        String l = call.one("limit");
        if (l != null) {
            long n = Long.parseLong(l);
            if (n < 1 || n > MAX_LIMIT) {
                throw DescribedError.badRequest(
                        "parameter_invalid",
                        "The parameter limit is invalid: it must be between 1 and " + MAX_LIMIT,
                        "limit");
            }
            limit = (int) n;
        }
        int from = 0;
        int to;
        String cursor = call.one("cursor");
        if (cursor == null) {
            to = Math.min(newestFirst.size(), limit);
        } else {
            String decoded;
            long pivot;
            try {
                decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                pivot = Long.parseLong(decoded.substring(2));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw badCursor();
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
                throw badCursor();
            }
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("object", "list");
        ArrayNode data = o.putArray("data");
        for (int i = from; i < to; i++) {
            data.add(render.apply(newestFirst.get(i)));
        }
        boolean hasNext = to < newestFirst.size();
        boolean hasPrev = from > 0;
        ObjectNode pi = o.putObject("page_info");
        pi.put("has_next_page", hasNext).put("has_prev_page", hasPrev);
        pi.put("next_page_url", hasNext ? url(call, "a:" + newestFirst.get(to - 1).seq) : null);
        pi.put("previous_page_url", hasPrev ? url(call, "b:" + newestFirst.get(from).seq) : null);
        return o;
    }

    private static DescribedError badCursor() {
        return DescribedError.badRequest(
                "parameter_invalid",
                "The parameter cursor is invalid: it is not a cursor this API issued; follow next_page_url",
                "cursor");
    }

    private static String url(DescribedCall call, String cursor) {
        StringBuilder sb = new StringBuilder(call.path()).append('?');
        for (String[] pair : call.rawQuery()) {
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
