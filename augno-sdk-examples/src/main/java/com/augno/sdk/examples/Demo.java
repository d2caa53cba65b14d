package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.api.core.Unit;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.keys.AuditFinding;
import com.augno.sdk.keys.AuditReport;
import com.augno.sdk.keys.KeyAuditor;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.KeyUsage;
import com.augno.sdk.keys.RotationReport;
import com.augno.sdk.keys.RotationStatus;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A narrated tour of the SDK, run by the README's main command ({@code ./mvnw -q -Pdemo package}).
 *
 * <p>It always runs against the embedded {@link FakeAugnoServer} and {@link InMemorySecretStore},
 * never a real account, whatever {@code AUGNO_*} variables are set: real work is the
 * {@code augno-keys} CLI's job. Every key is minted at run time by the fake and shown only
 * redacted. At the end the demo scans everything it printed (standard output and error, the SDK's
 * logs included) for its keys and exits non-zero if one appears.
 */
public final class Demo {
    private static final int WORKERS = 4;

    private final PrintStream out;
    private final boolean colour;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    private Demo(PrintStream out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    /** Runs the demo; exits 1 if a step fails or a key appears in its output. */
    public static void main(String[] args) throws Exception {
        // The tour narrates every failure itself; the SDK logs only errors here (slf4j-simple reads
        // these before the first logger is made).
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        PrintStream out = new PrintStream(new Tee(realOut, captured), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(new PrintStream(new Tee(realErr, captured), true, StandardCharsets.UTF_8));
        Demo demo = new Demo(out, System.console() != null && System.getenv("NO_COLOR") == null);
        long start = System.nanoTime();
        int exit = 0;
        try {
            demo.run();
        } catch (Exception | AssertionError e) {
            out.println("DEMO FAILED: " + e);
            exit = 1;
        }
        out.flush();
        String transcript = captured.toString(StandardCharsets.UTF_8);
        int leaks = 0;
        for (String secret : demo.secrets) {
            if (transcript.contains(secret)) {
                leaks++;
            }
        }
        // Also any unredacted key-shaped string of either brand (mrp_sk_, aug_sk_), minted here or not.
        java.util.regex.Matcher shaped = KeyShapes.pattern(12).matcher(transcript);
        while (shaped.find()) {
            if (!demo.secrets.contains(shaped.group())) {
                leaks++;
            }
        }
        System.setOut(realOut);
        System.setErr(realErr);
        realOut.println();
        if (leaks > 0) {
            realOut.println("LEAK CHECK FAILED: " + leaks + " of the demo's keys appeared unredacted in its output");
            exit = 1;
        } else {
            realOut.printf(
                    "Leak check: none of the %d keys the demo minted (brand %s) appears in its output, nor any"
                            + " other key-shaped string.%n",
                    demo.secrets.size(), KeyMode.brands().get(0));
        }
        realOut.printf("Done in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        System.exit(exit);
    }

    private void run() throws Exception {
        heading("Augno Java SDK demo", "an embedded fake Augno API; no cloud account; every key minted at run time");
        try (FakeAugnoServer server = FakeAugnoServer.builder()
                .defaultMode(KeyMode.PRODUCTION)
                .onKeyMinted(secrets::add)
                .build()
                .start()) {
            ApiKey runtimeKey = server.mintKey(KeyMode.PRODUCTION, "orders-service", "units:read", "customers:read");
            InMemorySecretStore runtimeStore = InMemorySecretStore.builder()
                    .name("demo-store/orders-service")
                    .initialValue(runtimeKey.toSecretValue())
                    .build();
            String runtimeKeyId = server.keyId(runtimeKey);

            step("1", "Configuration names where the key is stored, never the key");
            row("reference", "aws-sm://prod/augno?region=eu-west-1#api_key");
            row(
                    "without the AWS module",
                    firstSentence(
                            failure(() -> SecretProviders.fromUri("aws-sm://prod/augno?region=eu-west-1#api_key"))));
            row(
                    "without the Azure module",
                    firstSentence(failure(() -> SecretProviders.fromUri("azure-kv://acme-prod/augno-api-key"))));
            row(
                    "without the Vault module",
                    firstSentence(failure(() -> SecretProviders.fromUri("vault://secret/prod/augno#api_key"))));
            row("a key pasted into config", firstSentence(failure(() -> SecretProviders.fromUri(runtimeKey.reveal()))));

            step("2", "The key, as the SDK shows it");
            row("redacted", runtimeKey.redacted());
            row("mode", runtimeKey.mode().configName());
            row("fingerprint", runtimeKey.fingerprint());
            row("toString()", runtimeKey.toString());

            try (AugnoClient client = client(server, runtimeStore, KeyMode.PRODUCTION);
                    AugnoClient admin = client(server, server.adminKeyStore(), KeyMode.PRODUCTION)) {
                step("3", "Calls through the client (key from the store, Augno-Version, retries, typed errors)");
                List<Unit> units = client.catalog().units().list().data();
                row(
                        "units",
                        units.size() + " listed, e.g. "
                                + (units.isEmpty() ? "-" : units.get(0).name()));
                row("customers", client.sales().customers().list().data().size() + " listed");
                row(
                        "roles (needs roles:read)",
                        firstSentence(failure(() -> client.identity().roles().list())));

                step("3b", "A business flow through the generated services (customer, orders, include, pages)");
                new BusinessFlow(admin, this::row).run();

                step("4", "A sandbox key in a production-mode client is refused");
                ApiKey sandboxKey = server.mintKey(KeyMode.SANDBOX, "test-harness", "units:read");
                try (AugnoClient wrongMode = client(server, InMemorySecretStore.of(sandboxKey), KeyMode.PRODUCTION)) {
                    row(
                            "first call",
                            firstSentence(
                                    failure(() -> wrongMode.catalog().units().list())));
                }

                KeyRotator rotator = KeyRotator.builder(admin, runtimeStore).build();

                step("5", "Scheduled rotation (24 h overlap) while " + WORKERS + " threads call the API");
                Load load = new Load(client);
                RotationReport scheduled = rotator.rotate(runtimeKeyId);
                load.stopAfter(200);
                row(
                        "old key",
                        scheduled.oldKeyId() + "  " + scheduled.oldKeyRedacted() + "  dies "
                                + scheduled.oldKeyRevokesAt());
                row("new key", scheduled.newKeyId() + "  " + scheduled.newKeyRedacted());
                row("store version", scheduled.storeVersion() + " (" + scheduled.storeWriteAttempts() + " write)");
                row("verified", scheduled.verification() + " " + scheduled.verificationDetail());
                row("calls during rotation", load.calls() + " calls, " + load.failures() + " failed");
                check(load.failures() == 0, "a scheduled rotation must not fail a call");

                RotationStatus status = rotator.rotationStatus(scheduled.oldKeyId());
                row(
                        "who still uses the old key",
                        status.requestCount() + " requests in the window" + (status.partial() ? " (partial)" : ""));
                for (KeyUsage usage : status.usages()) {
                    row(
                            "",
                            usage.clientIp().orElse("?") + "  "
                                    + usage.userAgent().orElse("?") + "  " + usage.requestCount() + " requests, last "
                                    + usage.lastSeen());
                }

                step("6", "Emergency rotation: the new key is revoked now and replaced");
                Load load2 = new Load(client);
                RotationReport emergency = rotator.emergencyRotate(scheduled.newKeyId());
                long failedInWindow = load2.failures();
                load2.stopAfter(200);
                row("revoked", emergency.oldKeyId() + "  " + emergency.oldKeyRedacted());
                row(
                        "replacement",
                        emergency.newKeyId() + "  " + emergency.newKeyRedacted() + "  verified "
                                + emergency.verification());
                row(
                        "calls",
                        load2.calls() + " calls; " + load2.failures() + " failed (" + failedInWindow
                                + " between revocation and the store write)");
                row(
                        "after the store write",
                        firstSentence(describe(
                                () -> client.catalog().units().list().data().size()
                                        + " units listed: the client recovered by itself on the 401")));
                check(load2.failuresAfterMark() == 0, "no call may fail after the store holds the new key");

                step("7", "Audit: who can manage keys, unused keys, failures, key-management events");
                AuditReport report = KeyAuditor.builder(admin).build().audit();
                for (AuditFinding finding : report.findings()) {
                    row(finding.severity() + " " + finding.rule(), finding.summary());
                }
                if (report.findings().isEmpty()) {
                    row("findings", "none");
                }
            }
        }

        step("8", "The runtime guard refuses an Android-like runtime (child JVM)");
        for (String line : runAndroidChild()) {
            row("child", line);
        }
    }

    private static AugnoClient client(FakeAugnoServer server, InMemorySecretStore store, KeyMode mode) {
        return AugnoClient.builder()
                .secretProvider(store)
                .keyMode(mode)
                .baseUrl(server.baseUrl())
                .build();
    }

    private List<String> runAndroidChild() throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), AndroidLikeRuntime.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (InputStream in = p.getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("SLF4J")) {
                    lines.add(line.strip());
                }
            }
        }
        check(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        check(p.exitValue() == 0, "the child JVM was not refused (exit " + p.exitValue() + "): " + lines);
        return lines;
    }

    /** Calls the API from several threads until stopped; counts calls and failures. */
    private static final class Load {
        private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicLong calls = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicLong failuresAtMark = new AtomicLong(-1);
        private final List<Future<?>> tasks = new ArrayList<>();

        Load(AugnoClient client) {
            for (int i = 0; i < WORKERS; i++) {
                tasks.add(pool.submit(() -> {
                    while (!stop.get()) {
                        try {
                            client.catalog().units().list();
                        } catch (AugnoException e) {
                            failures.incrementAndGet();
                        }
                        calls.incrementAndGet();
                    }
                }));
            }
        }

        /** Marks now, lets {@code more} calls through, then stops the workers. */
        void stopAfter(int more) throws Exception {
            failuresAtMark.set(failures.get());
            long target = calls.get() + more;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (calls.get() < target && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                Thread.yield();
            }
            stop.set(true);
            for (Future<?> f : tasks) {
                f.get(20, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        long calls() {
            return calls.get();
        }

        long failures() {
            return failures.get();
        }

        long failuresAfterMark() {
            return failures.get() - Math.max(0, failuresAtMark.get());
        }
    }

    private interface Action {
        Object call() throws Exception;
    }

    private static String failure(Action action) {
        try {
            Object result = action.call();
            return "accepted (" + result + ")";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String describe(Action action) {
        try {
            return String.valueOf(action.call());
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static String firstSentence(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int dot = message.indexOf(". ");
        String first = dot > 0 ? message.substring(0, dot + 1) : message;
        int nl = first.indexOf('\n');
        return nl > 0 ? first.substring(0, nl) : first;
    }

    private void heading(String title, String subtitle) {
        out.println(bold(title));
        out.println(dim(subtitle));
    }

    private void step(String number, String title) {
        out.println();
        out.println(bold(number + ". " + title));
    }

    private void row(String label, String value) {
        out.printf("   %-28s %s%n", label, value);
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String dim(String s) {
        return colour ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    /** Writes to two streams: the terminal and the transcript the leak check reads. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
