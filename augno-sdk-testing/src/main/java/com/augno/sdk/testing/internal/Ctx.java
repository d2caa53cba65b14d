package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One request on its way through the engine. */
final class Ctx {
    final FakeRequest req;
    final Instant now;
    final String logId;
    final Query query;

    @Nullable
    Key key;

    @Nullable
    Route route;

    List<String> params = List.of();
    Set<String> includes = Set.of();
    ObjectNode body = JsonNodeFactory.instance.objectNode();

    @Nullable
    JsonNode rawBody;

    @Nullable
    String idempotencyKey;

    Ctx(FakeRequest req, Instant now, String logId) {
        this.req = req;
        this.now = now;
        this.logId = logId;
        this.query = new Query(req.rawQuery);
    }

    Key key() {
        Key k = key;
        if (k == null) {
            throw new IllegalStateException("no authenticated key");
        }
        return k;
    }

    Account account() {
        return key().account;
    }

    Role role() {
        return key().role;
    }

    String param(int i) {
        return params.get(i);
    }

    boolean includes(String path) {
        return includes.contains(path);
    }
}
