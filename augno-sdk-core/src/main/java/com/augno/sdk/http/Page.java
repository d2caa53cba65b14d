package com.augno.sdk.http;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items, whether more follow, and the way to fetch the next page.
 *
 * <pre>{@code
 * Page<ApiKey> page = client.auth().apiKeys().list(params);
 * for (ApiKey key : page.autoPager()) { ... }          // every item, pages fetched as needed
 * page.autoPager().stream().filter(...).findFirst();   // the same, lazily, as a Stream
 * }</pre>
 *
 * <p>The next page is fetched with the same client, key and request options. Its URL comes from
 * the server's {@code page_info.next_page_url} (or, in the older shape, {@code next_cursor}) and is
 * refused when it points at another scheme, host or port than the client's base URL, or outside its
 * path. A walk stops after {@link #MAX_PAGES} pages or at a repeated cursor. Immutable and
 * thread-safe; {@link #nextPage()} makes a request each time it is called.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    /**
     * The most pages one walk through a list follows (from a first page through {@link #nextPage()}
     * or {@link #autoPager()}): 10,000, that is up to ten million items at the largest page size.
     * Past it, or when a page's link points back at a page already read (a repeated cursor), the
     * walk stops with a {@link com.augno.sdk.errors.PaginationException}.
     */
    public static final int MAX_PAGES = 10_000;

    private final List<T> data;
    private final ResponseHeaders headers;
    private final @Nullable Supplier<Page<T>> next;

    private Page(List<T> data, ResponseHeaders headers, @Nullable Supplier<Page<T>> next) {
        this.data = List.copyOf(data);
        this.headers = headers;
        this.next = next;
    }

    /**
     * Returns a page. Used by the SDK, and by tests that fake a typed service.
     *
     * @param data the items
     * @param headers the response headers of this page
     * @param next fetches the next page; null when this is the last page
     */
    public static <T> Page<T> of(List<T> data, ResponseHeaders headers, @Nullable Supplier<Page<T>> next) {
        return new Page<>(
                Objects.requireNonNull(data, "data == null"), Objects.requireNonNull(headers, "headers == null"), next);
    }

    /** Returns the items of this page. */
    public List<T> data() {
        return data;
    }

    /** Returns true when a next page exists. */
    public boolean hasNextPage() {
        return next != null;
    }

    /**
     * Fetches the next page.
     *
     * @throws NoSuchElementException if this is the last page (check {@link #hasNextPage()})
     * @throws com.augno.sdk.errors.AugnoException as any request does, and when the server's next
     *     page URL points at another scheme, host or port than the base URL, or outside its path
     * @throws com.augno.sdk.errors.PaginationException when the next page points back at a page
     *     already read in this walk, or would pass {@link #MAX_PAGES}
     */
    public Page<T> nextPage() {
        Supplier<Page<T>> n = next;
        if (n == null) {
            throw new NoSuchElementException("This is the last page; check hasNextPage() first");
        }
        return n.get();
    }

    /** Returns every item of this page and the pages after it, fetched lazily as iteration reaches them. */
    public AutoPager<T> autoPager() {
        return new AutoPager<>(this);
    }

    /** Returns the response headers of this page. */
    public ResponseHeaders headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "Page(items=" + data.size() + ", hasNextPage=" + hasNextPage() + ", requestId="
                + headers.requestId().orElse(null) + ")";
    }
}
