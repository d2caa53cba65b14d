package com.augno.keys.cli;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.KeyUsage;
import com.augno.sdk.keys.RotationStatus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code augno-keys rotation-status}: who still uses a key being rotated out. */
@Command(
        name = "rotation-status",
        mixinStandardHelpOptions = true,
        description = {
            "Show who still uses a key being rotated out (client IP, user agent, request count, last seen), from"
                    + " request logs, and how long it still works. Update every place it lists before the key dies.",
            "Exit code 1 when the key was still used in the window, 0 when nobody used it."
        })
final class RotationStatusCommand implements Callable<Integer> {
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

    @Option(names = "--key-id", required = true, paramLabel = "ID", description = "The old key (apke_...).")
    @SuppressWarnings("NullAway.Init") // required option
    private String keyId;

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How far back to read request logs. Default: 7d.")
    private Duration window = KeyRotator.DEFAULT_STATUS_WINDOW;

    @Option(names = "--max-pages", paramLabel = "N", description = "Page cap (100 logs a page). Default: 20.")
    private int maxPages = KeyRotator.DEFAULT_MAX_PAGES;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RotationStatus s;
        try (AugnoClient client = admin.adminClient(parent.context())) {
            s = KeyRotator.builder(client, RevokeCommand.NoStore.INSTANCE)
                    .clock(parent.context().clock())
                    .build()
                    .rotationStatus(keyId, window, maxPages);
        }
        if (output.json) {
            ObjectNode root = Json.object();
            root.put("key_id", s.keyId());
            root.put("key_name", s.keyName());
            root.put("key_redacted", s.keyRedacted());
            root.put("status", s.status().value());
            s.revokesAt().ifPresent(t -> root.put("revokes_at", t.toString()));
            s.timeLeft().ifPresent(t -> root.put("time_left_seconds", t.getSeconds()));
            root.put("since", s.since().toString());
            root.put("request_count", s.requestCount());
            root.put("partial", s.partial());
            ArrayNode us = root.putArray("usages");
            for (KeyUsage u : s.usages()) {
                ObjectNode n = us.addObject();
                n.put("client_ip", u.clientIp().orElse(null));
                n.put("user_agent", u.userAgent().orElse(null));
                n.put("request_count", u.requestCount());
                n.put("first_seen", u.firstSeen().toString());
                n.put("last_seen", u.lastSeen().toString());
            }
            Json.print(out, root);
        } else {
            out.println(Table.escape("Key " + s.keyId() + " (" + s.keyName() + ", " + s.keyRedacted() + "): "
                    + s.status().value()
                    + s.revokesAt().map(t -> ", dies at " + t).orElse(", no revocation set")
                    + s.timeLeft()
                            .map(t -> " (" + t.toHours() + " h " + t.toMinutesPart() + " min left)")
                            .orElse("")));
            if (s.usages().isEmpty()) {
                out.println(
                        "Nobody used it since " + s.since() + (s.partial() ? " in the logs read (partial)" : "") + ".");
            } else {
                Table t = new Table("CLIENT IP", "USER AGENT", "REQUESTS", "FIRST SEEN", "LAST SEEN");
                for (KeyUsage u : s.usages()) {
                    t.row(
                            u.clientIp().orElse("-"),
                            u.userAgent().orElse("-"),
                            u.requestCount(),
                            u.firstSeen(),
                            u.lastSeen());
                }
                t.print(out);
                out.println(s.requestCount() + " request(s) since " + s.since()
                        + (s.partial() ? " (partial: the page cap was hit, there may be more)" : "")
                        + ". Point these callers at the secret store before the key dies.");
            }
            out.flush();
        }
        return s.usages().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
