package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.Role;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** JSON shapes several resources embed: account, owner, role, API key, actor. */
final class Render {
    private Render() {}

    static ObjectNode account(Account a) {
        ObjectNode o = Json.object();
        o.put("id", a.id).put("object", "account").put("name", a.name);
        o.set("branding", NullNode.getInstance());
        o.set("portal", NullNode.getInstance());
        o.set("default_billing_address", NullNode.getInstance());
        o.set("default_shipping_address", NullNode.getInstance());
        o.set("created_at", ts(a.createdAt));
        o.set("updated_at", ts(a.createdAt));
        return o;
    }

    static ObjectNode owner(@Nullable Account owner, boolean withAccount) {
        ObjectNode o = Json.object();
        o.put("object", "owner");
        o.put("type", owner == null ? "system" : "account");
        o.set("account", owner != null && withAccount ? account(owner) : NullNode.getInstance());
        return o;
    }

    static ObjectNode role(Role r, boolean permissions, boolean owner, boolean ownerAccount) {
        ObjectNode o = Json.object();
        o.put("id", r.id).put("object", "role").put("name", r.name).put("type", r.type);
        if (permissions) {
            ArrayNode p = o.putArray("permissions");
            r.permissions.forEach(p::add);
        } else {
            o.set("permissions", NullNode.getInstance());
        }
        o.set("owner", owner || ownerAccount ? owner(r.owner, ownerAccount) : NullNode.getInstance());
        o.set("created_at", ts(r.createdAt));
        o.set("updated_at", ts(r.updatedAt));
        return o;
    }

    static ObjectNode key(Key k, Set<String> inc) {
        ObjectNode o = Json.object();
        o.put("id", k.id).put("object", "api_key").put("name", k.name).put("redacted_value", k.redacted);
        boolean perms = inc.contains("role.permissions");
        o.set("role", inc.contains("role") || perms ? role(k.role, perms, false, false) : NullNode.getInstance());
        o.set("expires_at", ts(k.expiresAt));
        o.set("last_used_at", ts(k.lastUsedAt));
        o.set("revoked_at", ts(k.revokedAt));
        o.set("created_at", ts(k.createdAt));
        o.set("updated_at", ts(k.updatedAt));
        return o;
    }

    static ObjectNode actor(Key k, boolean role, boolean rolePermissions) {
        ObjectNode o = Json.object();
        o.put("object", "actor")
                .put("id", k.id)
                .put("type", "api_key")
                .put("name", k.name)
                .put("handle", k.redacted);
        o.set("avatar_url", NullNode.getInstance());
        o.set("role", role || rolePermissions ? role(k.role, rolePermissions, false, false) : NullNode.getInstance());
        return o;
    }
}
