package com.augno.keys.cli;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.RotationCheck;
import com.augno.sdk.keys.RotationIncompleteException;
import com.augno.sdk.keys.RotationPlan;
import com.augno.sdk.keys.RotationPrecheckException;
import com.augno.sdk.keys.RotationReport;
import com.augno.sdk.keys.RotationState;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code augno-keys rotate}: scheduled (overlap) or emergency rotation into a secret store. */
@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description = {
            "Rotate a key and write the new secret into the store its clients read. Scheduled (default): the"
                    + " old key keeps working for --overlap. --emergency: the old key stops now.",
            "Pre-checks first (the store holds this key, same mode, reference not pinned, store writable,"
                    + " overlap long enough); --dry-run runs only them and prints the plan."
        })
final class RotateCommand implements Callable<Integer> {
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

    @Option(names = "--key-id", required = true, paramLabel = "ID", description = "The key to rotate (apke_...).")
    @SuppressWarnings("NullAway.Init") // required option
    private String keyId;

    @Option(
            names = "--store",
            required = true,
            paramLabel = "REF",
            description = "Reference to the secret that holds the key (aws-sm://..., gcp-sm://...,"
                    + " azure-kv://..., vault://...): the store is"
                    + " read for the pre-check and written with the new key.")
    @SuppressWarnings("NullAway.Init") // required option
    private String store;

    @Option(
            names = "--overlap",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How long the old key keeps working (e.g. 24h, 7d; at least 2h10m, at most 30d)."
                    + " Default: 24h.")
    private Duration overlap = KeyRotator.DEFAULT_OVERLAP;

    @Option(names = "--emergency", description = "Revoke the old key now (a key that may be exposed).")
    private boolean emergency;

    @Option(names = "--dry-run", description = "Run the pre-checks and print the plan; change nothing.")
    private boolean dryRun;

    @Option(
            names = "--fallback-store",
            paramLabel = "REF",
            description = "Where to write the new secret if the store write keeps failing, so it is not lost."
                    + " Opened and checked before anything changes; required when the store cannot check in"
                    + " advance whether it may be written.")
    private @Nullable String fallbackStore;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        // Every store is opened and checked before anything changes, dry run included: a fallback
        // that cannot be used must not be discovered after the new key exists.
        WritableSecretStore writable = openWritable(context, store, "--store");
        WritableSecretStore fallback = null;
        try {
            String fb = fallbackStore;
            if (fb != null) {
                fallback = openWritable(context, fb, "--fallback-store");
                if (fallback.description().equals(writable.description())) {
                    throw new ConfigurationException("--fallback-store names the same secret as --store ("
                            + writable.description() + "): choose a second place for the new secret.");
                }
            }
            return rotate(context, out, writable, fallback);
        } finally {
            closeQuietly(fallback);
            writable.close();
        }
    }

    private int rotate(
            CliContext context, PrintWriter out, WritableSecretStore writable, @Nullable WritableSecretStore fallback) {
        try (AugnoClient client = admin.adminClient(context)) {
            KeyRotator.Builder b =
                    KeyRotator.builder(client, writable).clock(context.clock()).sleeper(context.sleeper());
            if (fallback != null) {
                b.fallbackStore(fallback);
            }
            try {
                b.storeReference(SecretReference.parse(store));
            } catch (AugnoException | IllegalArgumentException e) {
                // A reference form only a plug-in knows: the store's write check still covers pinning.
            }
            KeyRotator rotator = b.build();
            if (dryRun) {
                RotationPlan plan = emergency ? rotator.planEmergency(keyId) : rotator.plan(keyId, overlap);
                printPlan(out, plan);
                return plan.ok() ? ExitCodes.OK : ExitCodes.PRECHECK_FAILED;
            }
            try {
                RotationReport report = emergency ? rotator.emergencyRotate(keyId) : rotator.rotate(keyId, overlap);
                printReport(out, report);
                return report.verified() ? ExitCodes.OK : ExitCodes.ROTATION_INCOMPLETE;
            } catch (RotationPrecheckException e) {
                printPlan(out, e.plan());
                return ExitCodes.PRECHECK_FAILED;
            } catch (RotationIncompleteException e) {
                return incomplete(out, e, fallback);
            }
        }
    }

    /** Opens a reference that must be writable; closes what it opened when it is not. */
    private static WritableSecretStore openWritable(CliContext context, String reference, String option) {
        SecretProvider provider = AdminOptions.open(context, reference, option);
        if (provider instanceof WritableSecretStore) {
            return (WritableSecretStore) provider;
        }
        closeQuietly(provider);
        throw new ConfigurationException(
                option + " " + provider.description() + " cannot be written (env:// and"
                        + " file:// are read-only): use a secret manager reference, e.g. aws-sm://..., gcp-sm://..., azure-kv://... or vault://....");
    }

    private static void closeQuietly(@Nullable SecretProvider p) {
        if (p != null) {
            try {
                p.close();
            } catch (RuntimeException e) {
                // Closing never hides the outcome of the rotation.
            }
        }
    }

    /**
     * Reports an incomplete rotation, first writing the held secret to the fallback store. Nothing
     * here may end the command before the report is printed: any failure of the fallback write is
     * reported and attached to the exception as suppressed.
     */
    private int incomplete(PrintWriter out, RotationIncompleteException e, @Nullable WritableSecretStore fallback) {
        String fallbackOutcome = "none given (--fallback-store)";
        if (fallback != null && e.unstoredSecretValue().isPresent()) {
            // Whatever its shape (also a key brand this version does not know): never dropped.
            SecretValue secret = e.unstoredSecretValue().get();
            try {
                String v = fallback.put(
                        secret, PutOptions.withRequestToken(e.state().rotationId()));
                fallbackOutcome = "written to " + fallback.description() + " (version " + v + ")";
            } catch (RuntimeException fe) {
                e.addSuppressed(fe);
                fallbackOutcome = "writing " + fallback.description() + " failed too ("
                        + fe.getClass().getSimpleName() + (fe instanceof AugnoException ? ": " + fe.getMessage() : "")
                        + ")";
            }
        } else if (fallback != null) {
            fallbackOutcome = "not needed: no secret to keep (see the state)";
        }
        RotationState s = e.state();
        if (output.json) {
            ObjectNode root = Json.object();
            root.put("outcome", "incomplete");
            root.put("message", e.getMessage());
            putState(root, s);
            root.put("fallback", fallbackOutcome);
            Json.print(out, root);
        } else {
            out.println(Table.escape("ROTATION INCOMPLETE: " + e.getMessage()));
            out.println(Table.escape("  state:    " + s));
            out.println(Table.escape("  fallback: " + fallbackOutcome));
            out.println("See docs/rotation.md, \"When a rotation is incomplete\".");
            out.flush();
        }
        return ExitCodes.ROTATION_INCOMPLETE;
    }

    private void printPlan(PrintWriter out, RotationPlan plan) {
        if (output.json) {
            ObjectNode root = Json.object();
            root.put("outcome", plan.ok() ? "ready" : "refused");
            root.put("key_id", plan.keyId());
            plan.keyName().ifPresent(n -> root.put("key_name", n));
            plan.keyRedacted().ifPresent(r -> root.put("key_redacted", r));
            root.put("kind", plan.kind().name().toLowerCase(java.util.Locale.ROOT));
            plan.overlap().ifPresent(o -> root.put("overlap", o.toString()));
            root.put("planned_revoke_at", plan.plannedRevokeAt().toString());
            root.put("store", plan.store());
            ArrayNode checks = root.putArray("checks");
            for (RotationCheck c : plan.checks()) {
                checks.addObject()
                        .put("name", c.name())
                        .put("outcome", c.outcome().name().toLowerCase(java.util.Locale.ROOT))
                        .put("detail", c.detail());
            }
            ArrayNode steps = root.putArray("steps");
            plan.steps().forEach(steps::add);
            Json.print(out, root);
            return;
        }
        out.println(Table.escape((plan.ok() ? "Plan" : "Refused") + ": "
                + plan.kind().name().toLowerCase(java.util.Locale.ROOT) + " rotation of " + plan.keyId()
                + plan.keyName().map(n -> " (" + n + ")").orElse("")));
        Table t = new Table("CHECK", "OUTCOME", "DETAIL");
        for (RotationCheck c : plan.checks()) {
            t.row(c.name(), c.outcome(), c.detail());
        }
        t.print(out);
        out.println();
        out.println("Steps:");
        int i = 1;
        for (String step : plan.steps()) {
            out.println("  " + i++ + ". " + Table.escape(step));
        }
        if (!plan.ok()) {
            out.println();
            out.println("Nothing was changed.");
        }
        out.flush();
    }

    private void printReport(PrintWriter out, RotationReport r) {
        if (output.json) {
            ObjectNode root = Json.object();
            root.put("outcome", r.verified() ? "rotated" : "rotated_unverified");
            root.put("rotation_id", r.rotationId());
            root.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            root.put("key_name", r.keyName());
            root.put("old_key_id", r.oldKeyId());
            root.put("old_key_redacted", r.oldKeyRedacted());
            root.put("new_key_id", r.newKeyId());
            root.put("new_key_redacted", r.newKeyRedacted());
            root.put("store", r.store());
            root.put("store_version", r.storeVersion());
            root.put("store_write_attempts", r.storeWriteAttempts());
            root.put("old_key_revokes_at", r.oldKeyRevokesAt().toString());
            root.put("verification", r.verification().name().toLowerCase(java.util.Locale.ROOT));
            root.put("verification_detail", r.verificationDetail());
            ArrayNode rec = root.putArray("recovery");
            r.recovery().forEach(rec::add);
            root.put("started_at", r.startedAt().toString());
            root.put("finished_at", r.finishedAt().toString());
            Json.print(out, root);
            return;
        }
        Table t = new Table("FIELD", "VALUE");
        t.row("rotation", r.rotationId() + " (" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        t.row("key name", r.keyName());
        t.row("old key", r.oldKeyId() + "  " + r.oldKeyRedacted());
        t.row("new key", r.newKeyId() + "  " + r.newKeyRedacted());
        t.row("store", r.store() + (r.storeVersion().isEmpty() ? "" : " version " + r.storeVersion()));
        t.row("store writes", r.storeWriteAttempts());
        t.row("old key dies", r.oldKeyRevokesAt());
        t.row("verification", r.verification() + ": " + r.verificationDetail());
        for (String note : r.recovery()) {
            t.row("recovery", note);
        }
        t.print(out);
        out.println();
        out.println(
                r.kind() == com.augno.sdk.keys.RotationKind.SCHEDULED
                        ? "Until " + r.oldKeyRevokesAt() + ", check who still uses the old key: augno-keys"
                                + " rotation-status --key-id " + r.oldKeyId()
                        : "The old key is revoked; clients recover on their next 401 by rereading the store.");
        out.flush();
    }

    static void putState(ObjectNode root, RotationState s) {
        root.put("rotation_id", s.rotationId());
        root.put("old_key_id", s.oldKeyId());
        s.newKeyId().ifPresent(v -> root.put("new_key_id", v));
        s.newKeyRedacted().ifPresent(v -> root.put("new_key_redacted", v));
        s.oldKeyRevokesAt().ifPresent(v -> root.put("old_key_revokes_at", v.toString()));
        root.put("store", s.store());
        root.put("error", s.error());
        ArrayNode rec = root.putArray("recovery");
        s.recovery().forEach(rec::add);
    }
}
