package com.augno.sdk.testing.internal;

import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What {@code FakeAugnoServer} does, behind its documented methods: the engine, the HTTP host, the
 * admin keys minted at build time, and the start-for-one-test bookkeeping of the JUnit callbacks.
 * Thread-safe.
 */
public final class ServerCore {
    private final Clock clock;
    private final KeyMode defaultMode;
    private final FakeEngine engine;
    private final WireMockHost host;
    private final String productionAdminKey;
    private final String sandboxAdminKey;
    private boolean startedForOneTest;

    /** Builds the engine and its host (not started) and mints the admin keys. */
    public ServerCore(ServerSettings s) {
        this.clock = s.clock;
        this.defaultMode = s.defaultMode;
        this.engine = new FakeEngine(s.clock, s.rateLimit, s.maxRequestLogs, s.replayRevealsKeySecret);
        this.host = new WireMockHost(engine, s.requestJournalSize, s.containerThreads, s.trustForwardedFor);
        for (Consumer<String> l : s.mintListeners) {
            engine.onKeyMinted(l);
        }
        engine.keyBrand(s.keyBrand);
        engine.jobDuration(s.jobDuration);
        this.productionAdminKey = engine.mintKey(false, "Admin key", null);
        this.sandboxAdminKey = engine.mintKey(true, "Admin key", null);
    }

    /** The engine (faults, counters, keys, hooks). */
    public FakeEngine engine() {
        return engine;
    }

    /** The clock the server reads. */
    public Clock clock() {
        return clock;
    }

    /** The mode of the default admin key. */
    public KeyMode defaultMode() {
        return defaultMode;
    }

    /** Starts the host; does nothing if it runs. */
    public synchronized void start() {
        host.start();
    }

    /** Stops the host; the state is kept. */
    public synchronized void stop() {
        host.stop();
    }

    /** Whether the host runs. */
    public synchronized boolean isRunning() {
        return host.isRunning();
    }

    /**
     * The port the host listens on.
     *
     * @throws IllegalStateException if it is not running
     */
    public synchronized int port() {
        return host.port();
    }

    /** Starts the host for one test unless it runs already (then the test's end leaves it running). */
    public synchronized void startForOneTest() {
        if (!isRunning()) {
            start();
            startedForOneTest = true;
        }
    }

    /** Stops the host if {@link #startForOneTest} started it. */
    public synchronized void stopAfterOneTest() {
        if (startedForOneTest) {
            startedForOneTest = false;
            stop();
        }
    }

    /** The admin key of the production account or of the default sandbox. */
    public ApiKey adminKey(KeyMode mode) {
        Objects.requireNonNull(mode, "mode == null");
        return toApiKey(mode == KeyMode.PRODUCTION ? productionAdminKey : sandboxAdminKey);
    }

    /**
     * Mints a key with a new {@code user} role granting {@code permissions}, or with the admin
     * role when {@code permissions} is null.
     *
     * @throws IllegalArgumentException if a permission is not in the catalog
     */
    public ApiKey mintKey(KeyMode mode, String name, String @Nullable [] permissions) {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(name, "name == null");
        return toApiKey(
                engine.mintKey(mode == KeyMode.SANDBOX, name, permissions == null ? null : Arrays.asList(permissions)));
    }

    /**
     * The {@code apke_} id of a key the server minted.
     *
     * @throws IllegalArgumentException if it did not mint {@code key}
     */
    public String keyId(ApiKey key) {
        String id = engine.keyIdOf(key.reveal());
        if (id == null) {
            throw new IllegalArgumentException("This server did not mint " + key.redacted());
        }
        return id;
    }

    /** The total number of requests received. */
    public long totalRequestCount() {
        long total = 0;
        for (long n : engine.requestCounts().values()) {
            total += n;
        }
        return total;
    }

    /**
     * Stores a record in a described collection and returns its id.
     *
     * @throws IllegalArgumentException if no described operation reads that collection
     */
    public String seed(KeyMode mode, String collectionPath, Map<String, ?> fields) {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(collectionPath, "collectionPath == null");
        ObjectNode values = Json.MAPPER.valueToTree(Objects.requireNonNull(fields, "fields == null"));
        return engine.seed(mode == KeyMode.SANDBOX, collectionPath, values);
    }

    private static ApiKey toApiKey(String secret) {
        return ApiKey.parse(SecretValue.of(secret), "fake-augno-server");
    }
}
