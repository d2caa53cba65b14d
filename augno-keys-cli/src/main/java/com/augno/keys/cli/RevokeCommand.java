package com.augno.keys.cli;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code augno-keys revoke}: revokes a key now, without a replacement. */
@Command(
        name = "revoke",
        mixinStandardHelpOptions = true,
        description = {
            "Revoke a key now, without a replacement. It cannot be undone: every client still using the key"
                    + " fails. To replace a key, use rotate (--emergency for an exposed key).",
            "Needs --yes."
        })
final class RevokeCommand implements Callable<Integer> {
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

    @Option(names = "--key-id", required = true, paramLabel = "ID", description = "The key to revoke (apke_...).")
    @SuppressWarnings("NullAway.Init") // required option
    private String keyId;

    @Option(names = "--yes", description = "Confirm: revoke it now.")
    private boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!yes) {
            spec.commandLine()
                    .getErr()
                    .println("augno-keys: revoke cannot be undone; add --yes to revoke " + keyId + " now.");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        try (AugnoClient client = admin.adminClient(parent.context())) {
            // The rotator's store is not used by revoke.
            ApiKeyInfo info = KeyRotator.builder(client, NoStore.INSTANCE)
                    .clock(parent.context().clock())
                    .build()
                    .revoke(keyId);
            if (output.json) {
                Json.print(
                        out,
                        Json.object()
                                .put("outcome", "revoked")
                                .put("key_id", info.id())
                                .put("key_name", info.name())
                                .put("key_redacted", info.redactedValue())
                                .put(
                                        "revoked_at",
                                        info.revokedAt().map(Object::toString).orElse("")));
            } else {
                out.println(Table.escape("Revoked " + info.id() + " (" + info.name() + ", " + info.redactedValue()
                        + ") at " + info.revokedAt().map(Object::toString).orElse("now") + "."));
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    /** A store that is never used: revoke does not touch stores. */
    enum NoStore implements WritableSecretStore {
        INSTANCE;

        @Override
        public String put(SecretValue value, PutOptions options) {
            throw new UnsupportedOperationException("revoke writes no store");
        }

        @Override
        public WriteAccess canWrite() {
            return WriteAccess.NO;
        }

        @Override
        public SecretValue fetch() {
            throw new UnsupportedOperationException("revoke reads no store");
        }

        @Override
        public String description() {
            return "none";
        }
    }
}
