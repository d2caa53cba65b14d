package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.CursorPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Cursor pages over a newest-first list of described records, through the fake's one pager
 * ({@link CursorPages}), so described and hand-written routes page alike.
 */
final class Pager {
    private Pager() {}

    static ObjectNode page(
            DescribedCall call, List<StoredRecord> newestFirst, Function<StoredRecord, JsonNode> render) {
        return CursorPages.page(
                newestFirst,
                r -> r.seq,
                render,
                limit(call),
                call.one("cursor"),
                call.path(),
                call.rawQuery(),
                (param, why) -> DescribedError.badRequest(
                        "parameter_invalid", "The parameter " + param + " is invalid: " + why, param));
    }

    private static @Nullable Long limit(DescribedCall call) {
        String l = call.one("limit");
        if (l == null) {
            return null;
        }
        try {
            return Long.parseLong(l);
        } catch (NumberFormatException e) {
            // As the hand-written routes answer a limit that is not a number.
            throw DescribedError.badRequest("invalid_format", "limit must be an integer.", "limit");
        }
    }
}
