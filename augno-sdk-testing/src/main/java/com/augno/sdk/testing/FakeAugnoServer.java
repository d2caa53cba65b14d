package com.augno.sdk.testing;

import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.internal.FakeEngine;
import com.augno.sdk.testing.internal.WireMockHost;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stateful fake of the Augno API on an embedded WireMock server bound to {@code 127.0.0.1} on a
 * free port: test your integration offline, against keys, errors and limits that behave like the
 * real API.
 *
 * <p>What it models (see {@code docs/testing.md} for details):
 *
 * <ul>
 *   <li>A production account and its default sandbox, each with an admin key minted at run time
 *       ({@code mrp_sk_prod_...} and {@code mrp_sk_test_...}, the brand the API mints today;
 *       {@link Builder#keyBrand} picks {@code aug_sk_}, the brand of keys minted before the rename
 *       to OpenMRP); system roles and units; a permission catalog.
 *   <li>API keys: create, list ({@code statuses}, {@code q}, {@code include}), get, rotate (with
 *       {@code revoke_at} or immediately), revoke; {@code 401} with {@code api_key_revoked},
 *       {@code api_key_expired} or {@code invalid_credentials} ({@code is_transient: false});
 *       {@code last_used_at} (refreshed at most daily); admin-type role required.
 *   <li>Roles, permission groups, account users, sandboxes, customers and units; {@code 403
 *       insufficient_permissions} when a key's role lacks the route's permission.
 *   <li>Request logs and audit events recorded from the traffic served, with the live filters;
 *       client IPs planted through {@code X-Forwarded-For} with {@link Builder#trustForwardedFor}.
 *   <li>{@code next_page_url} pagination; {@code RateLimit-*} headers; {@code Idempotency-Key}
 *       replay with {@code Idempotent-Replayed: true}; {@code 400 api_version_required} without
 *       a version header (either {@code OpenMRP-Version} or {@code Augno-Version} is accepted).
 *   <li>Fault injection per route ({@link #injectFault}) and counters ({@link #requestCount},
 *       {@link #creationCount}).
 * </ul>
 *
 * <p>Keys are never printed: tests receive them as an {@link ApiKey} or through an
 * {@link InMemorySecretStore}, and can watch every minted secret with {@link #onKeyMinted} (to
 * register it with a leak detector).
 *
 * <p>Use it as a JUnit 5 extension (a {@code static} field starts it once per class, an instance
 * field once per test) or start and close it yourself:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeAugnoServer augno = FakeAugnoServer.builder().build();
 *
 * try (FakeAugnoServer server = FakeAugnoServer.builder().build().start()) { ... }
 * }</pre>
 *
 * <p>Thread-safe. WireMock's request journal is off unless {@link Builder#requestJournalSize(int)}
 * turns it on, so long runs do not grow memory.
 */
public final class FakeAugnoServer
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, AutoCloseable {
    private final Clock clock;
    private final KeyMode defaultMode;
    private final FakeEngine engine;
    private final WireMockHost host;
    private final String productionAdminKey;
    private final String sandboxAdminKey;
    private boolean startedForOneTest;

    private FakeAugnoServer(Builder builder) {
        this.clock = builder.clock;
        this.defaultMode = builder.defaultMode;
        this.engine = new FakeEngine(
                builder.clock, builder.rateLimit, builder.maxRequestLogs, builder.replayRevealsKeySecret);
        this.host = new WireMockHost(
                engine, builder.requestJournalSize, builder.containerThreads, builder.trustForwardedFor);
        for (Consumer<String> l : builder.mintListeners) {
            engine.onKeyMinted(l);
        }
        engine.keyBrand(builder.keyBrand);
        engine.jobDuration(builder.jobDuration);
        this.productionAdminKey = engine.mintKey(false, "Admin key", null);
        this.sandboxAdminKey = engine.mintKey(true, "Admin key", null);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Starts the server on a free port of {@code 127.0.0.1}. Does nothing if it is running.
     *
     * @return this server
     */
    public synchronized FakeAugnoServer start() {
        host.start();
        return this;
    }

    /** Stops the server. Its state (keys, records, counters) is kept; {@link #start()} serves it again. */
    public synchronized void stop() {
        host.stop();
    }

    /** Stops the server; same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Returns whether the server is running. */
    public synchronized boolean isRunning() {
        return host.isRunning();
    }

    /**
     * Returns the port the server listens on.
     *
     * @throws IllegalStateException if the server is not running
     */
    public synchronized int port() {
        return host.port();
    }

    /**
     * Returns the base URL to configure the client with, {@code http://127.0.0.1:<port>}.
     *
     * @throws IllegalStateException if the server is not running
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Starts the server for a test class (a {@code static} {@code @RegisterExtension} field). */
    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Stops the server after a test class. */
    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Starts the server for one test if it is not running (an instance {@code @RegisterExtension} field). */
    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (!isRunning()) {
            start();
            startedForOneTest = true;
        }
    }

    /** Stops the server after a test if {@link #beforeEach} started it. */
    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (startedForOneTest) {
            startedForOneTest = false;
            stop();
        }
    }

    // ---------------------------------------------------------------- keys

    /** Returns the clock the server reads (key expiry, scheduled revocation, timestamps). */
    public Clock clock() {
        return clock;
    }

    /** Returns the mode of {@link #adminKey()} and of keys minted without a mode. */
    public KeyMode defaultMode() {
        return defaultMode;
    }

    /** Returns the admin key of the default mode's account (a role of type {@code admin}). */
    public ApiKey adminKey() {
        return adminKey(defaultMode);
    }

    /**
     * Returns the admin key of the production account ({@link KeyMode#PRODUCTION}) or of its default
     * sandbox ({@link KeyMode#SANDBOX}).
     */
    public ApiKey adminKey(KeyMode mode) {
        Objects.requireNonNull(mode, "mode == null");
        return toApiKey(mode == KeyMode.PRODUCTION ? productionAdminKey : sandboxAdminKey);
    }

    /** Returns a new {@link InMemorySecretStore} whose first version is {@link #adminKey()}. */
    public InMemorySecretStore adminKeyStore() {
        return InMemorySecretStore.builder()
                .name("fake-augno/admin")
                .clock(clock)
                .initialValue(adminKey().toSecretValue())
                .build();
    }

    /** Returns a new {@link InMemorySecretStore} whose first version is {@code key}. */
    public InMemorySecretStore storeFor(ApiKey key) {
        return InMemorySecretStore.builder()
                .name("fake-augno/" + key.redacted())
                .clock(clock)
                .initialValue(key.toSecretValue())
                .build();
    }

    /**
     * Mints a key in the default mode's account with a new role of type {@code user} granting
     * exactly {@code permissions} (e.g. {@code "customers:read"}); no permissions grants nothing.
     *
     * @throws IllegalArgumentException if a permission is not {@code code:action} from the catalog
     */
    public ApiKey mintKey(String name, String... permissions) {
        return mintKey(defaultMode, name, permissions);
    }

    /**
     * Mints a key in the given mode's account with a new {@code user} role granting
     * {@code permissions}.
     *
     * @throws IllegalArgumentException if a permission is not {@code code:action} from the catalog
     */
    public ApiKey mintKey(KeyMode mode, String name, String... permissions) {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(name, "name == null");
        return toApiKey(engine.mintKey(mode == KeyMode.SANDBOX, name, Arrays.asList(permissions)));
    }

    /** Mints another key with the {@code admin} role in the given mode's account. */
    public ApiKey mintAdminKey(KeyMode mode, String name) {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(name, "name == null");
        return toApiKey(engine.mintKey(mode == KeyMode.SANDBOX, name, null));
    }

    /**
     * Returns the {@code apke_...} id of a key the server minted (at start, through
     * {@link #mintKey}, or through the API).
     *
     * @throws IllegalArgumentException if this server did not mint the key
     */
    public String keyId(ApiKey key) {
        String id = engine.keyIdOf(key.reveal());
        if (id == null) {
            throw new IllegalArgumentException("This server did not mint " + key.redacted());
        }
        return id;
    }

    /** Returns the {@code ac_...} id of the production account or of the default sandbox's account. */
    public String accountId(KeyMode mode) {
        return engine.accountId(mode == KeyMode.SANDBOX);
    }

    /**
     * Calls {@code listener} with every secret minted so far and then with each new one (for
     * example {@code LeakCanary::register}). The listener runs on a server thread; keep it fast and
     * never print its argument.
     */
    public void onKeyMinted(Consumer<String> listener) {
        engine.onKeyMinted(Objects.requireNonNull(listener, "listener == null"));
    }

    /**
     * Sets the brand of every key minted from now on (created, rotated or by {@link #mintKey}):
     * {@code mrp_sk_} (the default) or {@code aug_sk_}, or any other {@code [a-z]{2,10}_sk_} to test
     * that a secret of a brand the SDK does not know yet is never dropped (only create and rotate
     * through the API can return such a key: {@link #mintKey} returns an {@link ApiKey}, which
     * refuses unknown brands).
     *
     * @throws IllegalArgumentException if {@code brand} does not look like {@code xyz_sk_}
     */
    public void keyBrand(String brand) {
        engine.keyBrand(Objects.requireNonNull(brand, "brand == null"));
    }

    /**
     * Sets whether a key creation or rotation replayed with the same {@code Idempotency-Key} repeats
     * {@code api_key_secret} ({@code true}) or sends it as {@code null} ({@code false}).
     */
    public void setReplayRevealsKeySecret(boolean reveal) {
        engine.setReplayRevealsKeySecret(reveal);
    }

    // ---------------------------------------------------------------- faults and counters

    /**
     * Injects a fault into a route, e.g. {@code "POST /v1/sales/customers"} or
     * {@code "GET /v1/auth/api-keys/{id}"} (any name in braces), or into every route with
     * {@code "*"}. A route's own faults are used before the {@code "*"} ones.
     *
     * @throws IllegalArgumentException if the route is not one the server serves
     */
    public void injectFault(String route, Fault fault) {
        Objects.requireNonNull(route, "route == null");
        engine.injectFault(route, Objects.requireNonNull(fault, "fault == null"));
    }

    /**
     * Answers the next {@code n} requests (any route) with {@code 429 rate_limit_exceeded} and
     * {@code Retry-After}.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public void rateLimitNext(int n, Duration retryAfter) {
        injectFault("*", Fault.rateLimited(retryAfter).times(n));
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        engine.clearFaults();
    }

    /**
     * Returns how many requests a route received, faulted ones included.
     *
     * @throws IllegalArgumentException if the route is not one the server serves
     */
    public long requestCount(String route) {
        return engine.requestCount(route);
    }

    /** Returns the request count of every route that received requests ({@code "GET /v1/..."}). */
    public Map<String, Long> requestCounts() {
        return engine.requestCounts();
    }

    /** Returns the total number of requests received. */
    public long totalRequestCount() {
        long total = 0;
        for (long n : engine.requestCounts().values()) {
            total += n;
        }
        return total;
    }

    /**
     * Returns how many resources (keys, customers, units, roles, users, sandboxes) requests carrying
     * this {@code Idempotency-Key} created; the empty string counts creations without one.
     */
    public int creationCount(String idempotencyKey) {
        return engine.creationCount(Objects.requireNonNull(idempotencyKey, "idempotencyKey == null"));
    }

    /** Resets the request and creation counters. */
    public void resetCounters() {
        engine.resetCounters();
    }

    /**
     * Stores a record in a collection the API fills by other means than a create operation
     * (notifications, announcements, items, email logs, ...), so that a test can read it and run
     * its actions through the generated services. The record's model is the one the collection's
     * get or list operation answers with; {@code id}, {@code object} and the timestamps are filled
     * in, every other described field not given renders as {@code null} or an empty value.
     *
     * @param mode the account the record belongs to ({@link KeyMode#SANDBOX} or
     *     {@link KeyMode#PRODUCTION})
     * @param collectionPath a concrete collection path, e.g. {@code "/v1/messaging/notifications"}
     *     or {@code "/v1/sales/account-users/acus_x/sales-targets"}
     * @param fields the record's fields by JSON name (values as Jackson would write them)
     * @return the new record's id
     * @throws IllegalArgumentException if no operation of the API description reads that collection
     */
    public String seed(KeyMode mode, String collectionPath, Map<String, ?> fields) {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(collectionPath, "collectionPath == null");
        Objects.requireNonNull(fields, "fields == null");
        com.fasterxml.jackson.databind.node.ObjectNode values =
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(fields);
        return engine.seed(mode == KeyMode.SANDBOX, collectionPath, values);
    }

    /** Returns the routes the server serves, as {@code "METHOD /template"}. */
    public List<String> routes() {
        return engine.routeKeys();
    }

    /** The engine, for this package's tests (hooks that hold a request in flight). */
    FakeEngine engine() {
        return engine;
    }

    private static ApiKey toApiKey(String secret) {
        return ApiKey.parse(SecretValue.of(secret), "fake-augno-server");
    }

    @Override
    public String toString() {
        return "FakeAugnoServer(" + (host.isRunning() ? baseUrl() : "stopped") + ")";
    }

    /** Builds a {@link FakeAugnoServer}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private KeyMode defaultMode = KeyMode.SANDBOX;
        private boolean replayRevealsKeySecret = true;
        private int rateLimit = 20;
        private int requestJournalSize;
        private int containerThreads = 24;
        private int maxRequestLogs = 100_000;
        private boolean trustForwardedFor;
        private String keyBrand = KeyMode.brands().get(0);
        private Duration jobDuration = Duration.ZERO;
        private final java.util.ArrayList<Consumer<String>> mintListeners = new java.util.ArrayList<>();

        private Builder() {}

        /**
         * Sets the clock the server reads: pass a {@link TestClock} to expire keys and reach
         * {@code revoke_at} on demand. If not specified, this is the system UTC clock.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets the mode of {@link #adminKey()} and of keys minted without a mode. If not specified,
         * this is {@link KeyMode#SANDBOX}.
         */
        public Builder defaultMode(KeyMode mode) {
            this.defaultMode = Objects.requireNonNull(mode, "mode == null");
            return this;
        }

        /**
         * Sets whether a key creation or rotation replayed with the same {@code Idempotency-Key}
         * repeats the secret. If not specified, this is {@code true}.
         */
        public Builder replayRevealsKeySecret(boolean reveal) {
            this.replayRevealsKeySecret = reveal;
            return this;
        }

        /**
         * Sets the {@code RateLimit-Limit} announced per one-second window (the fake only announces
         * it; 429s come from {@link #rateLimitNext} or {@link Fault#rateLimited}). If not specified,
         * this is 20.
         *
         * @throws IllegalArgumentException if {@code limit} is less than 1
         */
        public Builder rateLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1: " + limit);
            }
            this.rateLimit = limit;
            return this;
        }

        /**
         * Sets how many requests WireMock's own journal keeps; 0 turns it off. If not specified, this
         * is 0 (off): the server's request logs and counters serve assertions.
         *
         * @throws IllegalArgumentException if {@code size} is negative
         */
        public Builder requestJournalSize(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative: " + size);
            }
            this.requestJournalSize = size;
            return this;
        }

        /**
         * Sets how many request logs the fake keeps (the oldest go first). If not specified, this is
         * 100,000.
         *
         * @throws IllegalArgumentException if {@code max} is less than 1
         */
        public Builder maxRequestLogs(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max must be at least 1: " + max);
            }
            this.maxRequestLogs = max;
            return this;
        }

        /**
         * Sets whether the fake records the first entry of a request's {@code X-Forwarded-For}
         * header as its client IP: the {@code client_ip} of the request log and the
         * {@code source_ip} of the audit events it causes. Turn it on to test code that reads client
         * IPs from the logs (an IP allowlist audit, rotation status): every request reaches the fake
         * from {@code 127.0.0.1}, so without it every log says {@code 127.0.0.1}. Plant an IP from the
         * test with an OkHttp interceptor on the client's {@code okHttpClient}, as a proxy in front
         * of the real API would. An entry that is not an IP literal is ignored (the log says
         * {@code 127.0.0.1}). If not specified, this is {@code false}: the header is ignored, so a
         * test never fakes an address by accident.
         */
        public Builder trustForwardedFor(boolean trust) {
            this.trustForwardedFor = trust;
            return this;
        }

        /**
         * Sets the number of server threads. If not specified, this is 24.
         *
         * @throws IllegalArgumentException if {@code threads} is less than 4
         */
        public Builder containerThreads(int threads) {
            if (threads < 4) {
                throw new IllegalArgumentException("threads must be at least 4: " + threads);
            }
            this.containerThreads = threads;
            return this;
        }

        /**
         * Adds a listener called with every minted secret, including the admin keys minted by
         * {@link #build()} (see {@link FakeAugnoServer#onKeyMinted}).
         */
        public Builder onKeyMinted(Consumer<String> listener) {
            mintListeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        /**
         * Sets the brand of the keys the server mints, its admin keys included: {@code mrp_sk_} or
         * {@code aug_sk_} ({@link KeyMode#brands()}). If not specified, this is {@code mrp_sk_}, the
         * brand the API mints today. {@link FakeAugnoServer#keyBrand(String)} changes it later.
         *
         * @throws IllegalArgumentException if {@code brand} is not a brand the SDK knows
         */
        public Builder keyBrand(String brand) {
            Objects.requireNonNull(brand, "brand == null");
            if (!KeyMode.brands().contains(brand)) {
                throw new IllegalArgumentException("admin keys need a brand the SDK knows, one of " + KeyMode.brands()
                        + "; change the brand after start with FakeAugnoServer.keyBrand(...)");
            }
            this.keyBrand = brand;
            return this;
        }

        /**
         * Sets how long a job started by a {@code 202 Accepted} operation (the bulk upserts, the
         * price-list export) runs on the server's {@linkplain #clock(Clock) clock}: the answer and
         * {@code GET /v1/core/jobs/{id}} say {@code created} at first, {@code started} while the
         * duration runs, and {@code completed} once it has passed. Pair it with a {@link TestClock}
         * to test polling code without sleeping. If not specified, this is {@link Duration#ZERO}:
         * the first poll finds the job completed.
         *
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder jobDuration(Duration duration) {
            Objects.requireNonNull(duration, "duration == null");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative: " + duration);
            }
            this.jobDuration = duration;
            return this;
        }

        /** Builds the server (not started) and mints its admin keys. */
        public FakeAugnoServer build() {
            return new FakeAugnoServer(this);
        }
    }
}
