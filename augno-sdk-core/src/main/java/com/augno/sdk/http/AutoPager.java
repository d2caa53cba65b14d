package com.augno.sdk.http;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list across pages, fetched lazily: the next page is requested only when iteration
 * reaches the end of the current one. Each {@link #iterator()} or {@link #stream()} starts again at
 * the first page it was made from (without refetching that page). Not meant for concurrent
 * iteration of one iterator; separate iterators are independent.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T> first;

    AutoPager(Page<T> first) {
        this.first = Objects.requireNonNull(first, "first == null");
    }

    /** Returns an iterator over every item, fetching pages as needed. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T> page = first;
            private Iterator<T> items = first.data().iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext()) {
                    if (!page.hasNextPage()) {
                        return false;
                    }
                    page = page.nextPage();
                    items = page.data().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    /** Returns a sequential, lazy stream of every item. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public String toString() {
        return "AutoPager(" + first + ")";
    }
}
