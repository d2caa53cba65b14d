package com.augno.sdk.internal.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The list envelope {@code {"object":"list","data":[...],"page_info":{...}}}, both
 * generations of {@code page_info} (next_page_url and next_cursor).
 *
 * @param <T> the item type
 */
final class ListEnvelope<T> {
    @JsonProperty("data")
    @Nullable
    List<T> data;

    @JsonProperty("page_info")
    @Nullable
    PageInfo pageInfo;

    /** Position within the result set. */
    static final class PageInfo {
        @JsonProperty("has_next_page")
        @Nullable
        Boolean hasNextPage;

        @JsonProperty("next_page_url")
        @Nullable
        String nextPageUrl;

        @JsonProperty("next_cursor")
        @Nullable
        String nextCursor;
    }
}
