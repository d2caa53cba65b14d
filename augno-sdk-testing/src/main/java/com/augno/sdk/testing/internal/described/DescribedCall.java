package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One request as the described handler sees it: the engine has already authenticated,
 * authorized, checked {@code include} and parsed the body.
 *
 * @param path the request path as received
 * @param pathValues the path parameters' values, in template order
 * @param query every query parameter's values (names without {@code []}, lists split on commas)
 * @param rawQuery the raw query pairs in order, to rebuild page URLs
 * @param body the JSON body, or null when none was sent
 * @param includes the requested {@code include} paths
 * @param now the fake's clock at the time of the request
 * @param accountId the account the calling key acts for: each account has its own records
 */
public record DescribedCall(
        String path,
        List<String> pathValues,
        Map<String, List<String>> query,
        List<String[]> rawQuery,
        @Nullable ObjectNode body,
        Set<String> includes,
        Instant now,
        String accountId) {

    /** Returns the last value of a query parameter, or null. */
    @Nullable
    String one(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }
}
