package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** Finds a live record of a described collection, so that a hand-written route can check an id. */
@FunctionalInterface
interface RecordLookup {
    /**
     * Returns the record's values, or null when the account has no live record {@code id} there.
     *
     * @param collectionPath a concrete collection path, e.g. {@code /v1/finance/payment-terms}
     */
    @Nullable
    ObjectNode find(String accountId, String collectionPath, String id);
}
