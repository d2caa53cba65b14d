package com.augno.keys.cli;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code augno-keys list}: the account's API keys, redacted. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the account's API keys (redacted values only), newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private AugnoKeys parent;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandSpec spec;

    @Mixin
    private AdminOptions admin = new AdminOptions();

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            split = ",",
            description = "Only keys with these statuses: active, expired, revoked. Default: all.")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "Only keys whose name matches (Augno's q).")
    private String name = "";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Instant now = parent.context().clock().instant();
        List<ApiKeyInfo> keys;
        try (AugnoClient client = admin.adminClient(parent.context())) {
            ApiRequest.Builder rb = ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                    .query("limit", 100)
                    .include(List.of("role"));
            if (!statuses.isEmpty()) {
                rb.query("statuses", statuses);
            }
            if (!name.isEmpty()) {
                rb.query("q", name);
            }
            keys = client.requestPage(rb.build(), ApiKeyInfo.class).autoPager().stream()
                    .toList();
        }
        if (output.json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (ApiKeyInfo k : keys) {
                var n = arr.addObject()
                        .put("id", k.id())
                        .put("name", k.name())
                        .put("redacted_value", k.redactedValue())
                        .put("status", k.status(now).value());
                k.role()
                        .ifPresent(r -> n.put("role", r.name())
                                .put("role_type", r.type().value()));
                k.expiresAt().ifPresent(t -> n.put("expires_at", t.toString()));
                k.lastUsedAt().ifPresent(t -> n.put("last_used_at", t.toString()));
                k.revokedAt().ifPresent(t -> n.put("revoked_at", t.toString()));
                n.put("created_at", k.createdAt().toString());
            }
            Json.print(out, Json.object().set("keys", arr));
            return ExitCodes.OK;
        }
        Table t = new Table("ID", "NAME", "KEY", "ROLE", "STATUS", "EXPIRES", "LAST USED", "REVOKES AT");
        for (ApiKeyInfo k : keys) {
            t.row(
                    k.id(),
                    k.name(),
                    k.redactedValue(),
                    k.role().map(Role::name).orElse("-"),
                    k.status(now).value() + (k.isRevocationScheduled(now) ? " (rotating)" : ""),
                    k.expiresAt().map(Object::toString).orElse("never"),
                    k.lastUsedAt().map(Object::toString).orElse("never"),
                    k.revokedAt().map(Object::toString).orElse("-"));
        }
        t.print(out);
        out.println(keys.size() + " key" + (keys.size() == 1 ? "" : "s") + ".");
        out.flush();
        return ExitCodes.OK;
    }
}
