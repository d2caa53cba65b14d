package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The generic store: records by concrete collection path and by id. The engine serializes requests
 * under its lock, so this class is not thread-safe on its own.
 */
final class ResourceStore {
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final Map<String, Map<String, StoredRecord>> collections = new HashMap<>();
    private final Map<String, StoredRecord> byId = new HashMap<>();
    /** Singletons (settings, branding, ...) by concrete path. */
    private final Map<String, ObjectNode> singletons = new HashMap<>();

    private long seq;

    StoredRecord create(String collection, String model, ObjectNode values, Instant now) {
        String id = values.hasNonNull("id") ? values.get("id").asText() : newId(IdPrefixes.of(model));
        values.put("id", id);
        StoredRecord r = new StoredRecord(id, ++seq, collection, model, values, now);
        collections.computeIfAbsent(collection, k -> new LinkedHashMap<>()).put(id, r);
        byId.put(id, r);
        return r;
    }

    /**
     * Returns the record {@code id} of {@code collection}.
     *
     * @throws DescribedError 404 when unknown there, 410 when deleted
     */
    StoredRecord get(String collection, String id) {
        Map<String, StoredRecord> c = collections.get(collection);
        StoredRecord r = c == null ? null : c.get(id);
        if (r == null) {
            throw DescribedError.notFound(id);
        }
        if (r.deletedAt != null) {
            throw DescribedError.gone(id);
        }
        return r;
    }

    /** Returns a live record with this id in any collection, or null. */
    @Nullable
    StoredRecord byId(String id) {
        StoredRecord r = byId.get(id);
        return r == null || r.deletedAt != null ? null : r;
    }

    void delete(StoredRecord r, Instant now) {
        r.deletedAt = now;
    }

    /** Returns the live records of a collection, newest first. */
    List<StoredRecord> newestFirst(String collection) {
        Map<String, StoredRecord> c = collections.get(collection);
        if (c == null) {
            return List.of();
        }
        List<StoredRecord> out = new ArrayList<>();
        for (StoredRecord r : c.values()) {
            if (r.deletedAt == null) {
                out.add(r);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** Returns the singleton stored at {@code path}, creating an empty one. */
    ObjectNode singleton(String path) {
        return singletons.computeIfAbsent(
                path, k -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    static String newId(String prefix) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ID_ALPHABET.charAt(r.nextInt(ID_ALPHABET.length()));
        }
        return prefix + "_" + new String(c);
    }
}
