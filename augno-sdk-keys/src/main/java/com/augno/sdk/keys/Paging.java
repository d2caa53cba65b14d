package com.augno.sdk.keys;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a list endpoint page by page up to a page cap, pacing itself by the {@code RateLimit-*}
 * headers: when a page says no requests remain, it waits until the window resets before asking for
 * the next one.
 */
final class Paging {
    /** The longest wait for a rate-limit window; a longer reset ends the read as partial. */
    static final Duration MAX_PACING_WAIT = Duration.ofSeconds(60);

    private Paging() {}

    /** The items read, and whether the page cap (or a long rate-limit wait) cut the read short. */
    record Result<T>(List<T> items, int pages, boolean partial) {}

    static <T> Result<T> read(Supplier<Page<T>> first, int maxPages, Sleeper sleeper, Consumer<Integer> progress) {
        List<T> items = new ArrayList<>();
        Page<T> page = first.get();
        int pages = 1;
        items.addAll(page.data());
        progress.accept(pages);
        while (page.hasNextPage()) {
            if (pages >= maxPages) {
                return new Result<>(items, pages, true);
            }
            if (!pace(page.headers(), sleeper)) {
                return new Result<>(items, pages, true);
            }
            page = page.nextPage();
            pages++;
            items.addAll(page.data());
            progress.accept(pages);
        }
        return new Result<>(items, pages, false);
    }

    /** Waits when the window is used up; returns false when the wait would be too long. */
    private static boolean pace(ResponseHeaders headers, Sleeper sleeper) {
        OptionalLong remaining = headers.rateLimitRemaining();
        if (remaining.isEmpty() || remaining.getAsLong() > 0) {
            return true;
        }
        OptionalLong reset = headers.rateLimitReset();
        // RateLimit-Reset is the number of seconds until the window resets.
        Duration wait = Duration.ofSeconds(reset.isPresent() ? Math.max(1, reset.getAsLong()) : 1);
        if (wait.compareTo(MAX_PACING_WAIT) > 0) {
            return false;
        }
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
