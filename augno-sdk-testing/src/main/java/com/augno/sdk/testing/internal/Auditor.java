package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.AuditEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Records the audit events that changes cause, with their field changes and metadata. */
final class Auditor {
    private final Store store;

    Auditor(Store store) {
        this.store = store;
    }

    void record(
            Ctx ctx,
            Account target,
            String action,
            String resourceType,
            String resourceId,
            List<JsonNode[]> changes,
            @Nullable JsonNode metadata) {
        AuditEvent e = new AuditEvent(
                Store.newId("ae"),
                store.nextSeq(),
                target,
                ctx.key,
                action,
                resourceType,
                resourceId,
                metadata,
                ctx.logId,
                ctx.idempotencyKey,
                ctx.req.clientIp,
                ctx.now);
        e.changes.addAll(changes);
        store.auditEvents.put(e.id, e);
    }

    /** The changes between two renderings of a resource, limited to {@code fields}. */
    static List<JsonNode[]> diff(ObjectNode before, ObjectNode after, String... fields) {
        List<JsonNode[]> out = new ArrayList<>();
        for (String f : fields) {
            JsonNode a = before.get(f);
            JsonNode b = after.get(f);
            JsonNode aa = a == null ? NullNode.getInstance() : a;
            JsonNode bb = b == null ? NullNode.getInstance() : b;
            if (!aa.equals(bb)) {
                out.add(new JsonNode[] {TextNode.valueOf(f), aa, bb});
            }
        }
        return out;
    }

    /** The changes of a creation: every named field from null to its value. */
    static List<JsonNode[]> created(ObjectNode fields, String... names) {
        List<JsonNode[]> out = new ArrayList<>();
        for (String f : names) {
            JsonNode v = fields.get(f);
            out.add(new JsonNode[] {TextNode.valueOf(f), NullNode.getInstance(), v == null ? NullNode.getInstance() : v
            });
        }
        return out;
    }

    /** One changed field. */
    static List<JsonNode[]> change(String field, JsonNode before, JsonNode after) {
        List<JsonNode[]> out = new ArrayList<>();
        out.add(new JsonNode[] {TextNode.valueOf(field), before, after});
        return out;
    }

    static ObjectNode meta(String... kv) {
        ObjectNode o = Json.object();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            o.put(kv[i], kv[i + 1]);
        }
        return o;
    }
}
