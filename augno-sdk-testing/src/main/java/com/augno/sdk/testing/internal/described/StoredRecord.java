package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored resource: its collection, model and the field values it was given. */
final class StoredRecord {
    final String id;
    final long seq;
    /** The concrete collection path, e.g. {@code /v1/sales/sales-orders/so_x/lines}. */
    final String collection;

    final String model;
    final ObjectNode values;
    final Instant createdAt;
    Instant updatedAt;

    @Nullable
    Instant deletedAt;

    StoredRecord(String id, long seq, String collection, String model, ObjectNode values, Instant now) {
        this.id = id;
        this.seq = seq;
        this.collection = collection;
        this.model = model;
        this.values = values;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
