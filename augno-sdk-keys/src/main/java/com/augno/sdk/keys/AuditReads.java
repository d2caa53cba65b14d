package com.augno.sdk.keys;

import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.http.Sleeper;
import java.util.IdentityHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit's reads: each {@link AuditQuery} is read once, on first use, with the page cap and
 * rate-limit pacing of {@link Paging}; a failed read is kept as its error, so that the rules that
 * need it report it and the others still run.
 */
final class AuditReads {
    private static final Logger LOG = LoggerFactory.getLogger(KeyAuditor.class);

    /** A query's items, or its failure. */
    record Read<T>(
            List<T> items,
            int pages,
            boolean partial,
            @Nullable String error) {
        static <T> Read<T> failed(String error) {
            return new Read<>(List.of(), 0, false, error);
        }
    }

    private final AuditQuery.Scope scope;
    private final int maxPages;
    private final Sleeper sleeper;
    private final KeyAuditor.ProgressListener progress;
    // Queries are constants: identity is their equality.
    private final IdentityHashMap<AuditQuery<?>, Read<?>> done = new IdentityHashMap<>();

    AuditReads(AuditQuery.Scope scope, int maxPages, Sleeper sleeper, KeyAuditor.ProgressListener progress) {
        this.scope = scope;
        this.maxPages = maxPages;
        this.sleeper = sleeper;
        this.progress = progress;
    }

    /** Returns the query's items, reading them the first time. */
    @SuppressWarnings("unchecked") // each query's entry holds its own item type
    <T> Read<T> get(AuditQuery<T> query) {
        Read<?> cached = done.get(query);
        if (cached == null) {
            cached = read(query);
            done.put(query, cached);
        }
        return (Read<T>) cached;
    }

    /** The page counts of several queries added up, with the first error among them. */
    Read<Object> combined(List<AuditQuery<?>> queries) {
        String error = null;
        int pages = 0;
        boolean partial = false;
        for (AuditQuery<?> q : queries) {
            Read<?> r = get(q);
            if (error == null) {
                error = r.error();
            }
            pages += r.pages();
            partial |= r.partial();
        }
        return new Read<>(List.of(), pages, partial, error);
    }

    private <T> Read<T> read(AuditQuery<T> query) {
        String name = query.name();
        try {
            Paging.Result<T> r = Paging.read(
                    () -> query.firstPage(scope), maxPages, sleeper, pages -> progress.pageRead(name, pages));
            return new Read<>(r.items(), r.pages(), r.partial(), null);
        } catch (AugnoException e) {
            LOG.warn("Key audit: reading {} failed: {}", name, e.getMessage());
            return Read.failed("reading " + name + " failed: " + e.getMessage());
        }
    }
}
