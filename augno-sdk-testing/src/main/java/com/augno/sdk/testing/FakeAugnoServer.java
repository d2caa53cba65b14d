package com.augno.sdk.testing;

import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.internal.FakeEngine;
import com.augno.sdk.testing.internal.ServerCore;
import com.augno.sdk.testing.internal.ServerSettings;
import java.time.Clock;
import java.time.Duration;
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
 * free port: keys, records, validation, errors, limits, idempotency, request logs and audit events
 * that behave like the real API, every operation of the API description, fault injection
 * ({@link #injectFault}) and counters ({@link #requestCount}); details in {@code docs/testing.md}.
 * A production account and its default sandbox each have an admin key minted at run time; keys are
 * never printed ({@link ApiKey}, {@link InMemorySecretStore}, {@link #onKeyMinted}).
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
    private final ServerCore core;

    private FakeAugnoServer(Builder builder) {
        this.core = new ServerCore(builder.settings);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server on a free port of {@code 127.0.0.1}. Does nothing if it is running.
     *
     * @return this server
     */
    public synchronized FakeAugnoServer start() {
        core.start();
        return this;
    }

    /** Stops the server. Its state (keys, records, counters) is kept; {@link #start()} serves it again. */
    public synchronized void stop() {
        core.stop();
    }

    /** Stops the server; same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Returns whether the server is running. */
    public synchronized boolean isRunning() {
        return core.isRunning();
    }

    /**
     * Returns the port the server listens on.
     *
     * @throws IllegalStateException if the server is not running
     */
    public synchronized int port() {
        return core.port();
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
        core.startForOneTest();
    }

    /** Stops the server after a test if {@link #beforeEach} started it. */
    @Override
    public synchronized void afterEach(ExtensionContext context) {
        core.stopAfterOneTest();
    }

    /** Returns the clock the server reads (key expiry, scheduled revocation, timestamps). */
    public Clock clock() {
        return core.clock();
    }

    /** Returns the mode of {@link #adminKey()} and of keys minted without a mode. */
    public KeyMode defaultMode() {
        return core.defaultMode();
    }

    /** Returns the admin key of the default mode's account (a role of type {@code admin}). */
    public ApiKey adminKey() {
        return adminKey(defaultMode());
    }

    /**
     * Returns the admin key of the production account ({@link KeyMode#PRODUCTION}) or of its default
     * sandbox ({@link KeyMode#SANDBOX}).
     */
    public ApiKey adminKey(KeyMode mode) {
        return core.adminKey(mode);
    }

    /** Returns a new {@link InMemorySecretStore} whose first version is {@link #adminKey()}. */
    public InMemorySecretStore adminKeyStore() {
        return store("fake-augno/admin", adminKey());
    }

    /** Returns a new {@link InMemorySecretStore} whose first version is {@code key}. */
    public InMemorySecretStore storeFor(ApiKey key) {
        return store("fake-augno/" + key.redacted(), key);
    }

    private InMemorySecretStore store(String name, ApiKey key) {
        return InMemorySecretStore.builder()
                .name(name)
                .clock(clock())
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
        return mintKey(defaultMode(), name, permissions);
    }

    /**
     * Mints a key in the given mode's account with a new {@code user} role granting
     * {@code permissions}.
     *
     * @throws IllegalArgumentException if a permission is not {@code code:action} from the catalog
     */
    public ApiKey mintKey(KeyMode mode, String name, String... permissions) {
        return core.mintKey(mode, name, Objects.requireNonNull(permissions, "permissions == null"));
    }

    /** Mints another key with the {@code admin} role in the given mode's account. */
    public ApiKey mintAdminKey(KeyMode mode, String name) {
        return core.mintKey(mode, name, null);
    }

    /**
     * Returns the {@code apke_...} id of a key the server minted (at start, by {@link #mintKey}, or
     * through the API).
     *
     * @throws IllegalArgumentException if this server did not mint the key
     */
    public String keyId(ApiKey key) {
        return core.keyId(key);
    }

    /** Returns the {@code ac_...} id of the production account or of the default sandbox's account. */
    public String accountId(KeyMode mode) {
        return core.engine().accountId(mode == KeyMode.SANDBOX);
    }

    /**
     * Calls {@code listener} with every secret minted so far, then with each new one (a leak
     * detector's register); on a server thread: keep it fast, never print its argument.
     */
    public void onKeyMinted(Consumer<String> listener) {
        core.engine().onKeyMinted(Objects.requireNonNull(listener, "listener == null"));
    }

    /**
     * Sets the brand of every key minted from now on: {@code mrp_sk_} (the default), {@code aug_sk_},
     * or any other {@code [a-z]{2,10}_sk_} to test that a secret of an unknown brand is never dropped
     * (then only create and rotate through the API return such keys: an {@link ApiKey} refuses it).
     *
     * @throws IllegalArgumentException if {@code brand} does not look like {@code xyz_sk_}
     */
    public void keyBrand(String brand) {
        core.engine().keyBrand(Objects.requireNonNull(brand, "brand == null"));
    }

    /** Sets whether a replayed key creation or rotation repeats {@code api_key_secret} or sends null. */
    public void setReplayRevealsKeySecret(boolean reveal) {
        core.engine().setReplayRevealsKeySecret(reveal);
    }

    /**
     * Injects a fault into a route, e.g. {@code "POST /v1/sales/customers"} or
     * {@code "GET /v1/auth/api-keys/{id}"} (any name in braces), or into every route with
     * {@code "*"}. A route's own faults are used before the {@code "*"} ones.
     *
     * @throws IllegalArgumentException if the route is not one the server serves
     */
    public void injectFault(String route, Fault fault) {
        Objects.requireNonNull(route, "route == null");
        core.engine().injectFault(route, Objects.requireNonNull(fault, "fault == null"));
    }

    /**
     * Answers the next {@code n} requests with {@code 429 rate_limit_exceeded} and {@code Retry-After}.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public void rateLimitNext(int n, Duration retryAfter) {
        injectFault("*", Fault.rateLimited(retryAfter).times(n));
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        core.engine().clearFaults();
    }

    /**
     * Returns how many requests a route received, faulted ones included.
     *
     * @throws IllegalArgumentException if the route is not one the server serves
     */
    public long requestCount(String route) {
        return core.engine().requestCount(route);
    }

    /** Returns the request count of every route that received requests ({@code "GET /v1/..."}). */
    public Map<String, Long> requestCounts() {
        return core.engine().requestCounts();
    }

    /** Returns the total number of requests received. */
    public long totalRequestCount() {
        return core.totalRequestCount();
    }

    /** Returns how many resources requests with this {@code Idempotency-Key} created ("": without one). */
    public int creationCount(String idempotencyKey) {
        return core.engine().creationCount(Objects.requireNonNull(idempotencyKey, "idempotencyKey == null"));
    }

    /** Resets the request and creation counters. */
    public void resetCounters() {
        core.engine().resetCounters();
    }

    /**
     * Stores a record in a collection served from the API description, to read it and run its
     * actions through the generated services, or to point another record at it (a customer's
     * payment term). Its model is the one the collection's get or list answers with; {@code id},
     * {@code object} and timestamps are filled in, other fields not given render as null or empty.
     *
     * @param mode the account the record belongs to
     * @param collectionPath a concrete collection path, e.g. {@code "/v1/finance/payment-terms"}
     * @param fields the record's fields by JSON name (values as Jackson would write them)
     * @return the new record's id
     * @throws IllegalArgumentException if no operation of the API description reads that collection
     */
    public String seed(KeyMode mode, String collectionPath, Map<String, ?> fields) {
        return core.seed(mode, collectionPath, fields);
    }

    /** Returns the routes the server serves, as {@code "METHOD /template"}. */
    public List<String> routes() {
        return core.engine().routeKeys();
    }

    /** The engine, for this package's tests (hooks that hold a request in flight). */
    FakeEngine engine() {
        return core.engine();
    }

    @Override
    public String toString() {
        return "FakeAugnoServer(" + (core.isRunning() ? baseUrl() : "stopped") + ")";
    }

    /** Builds a {@link FakeAugnoServer}. */
    public static final class Builder {
        private final ServerSettings settings = new ServerSettings();

        private Builder() {}

        /** Sets the clock the server reads ({@link TestClock} to expire keys); default: system UTC. */
        public Builder clock(Clock clock) {
            settings.clock(clock);
            return this;
        }

        /** Sets the mode of {@link #adminKey()} and of keys minted without one; default: sandbox. */
        public Builder defaultMode(KeyMode mode) {
            settings.defaultMode(mode);
            return this;
        }

        /** Sets whether a replayed key creation or rotation repeats the secret; default: true. */
        public Builder replayRevealsKeySecret(boolean reveal) {
            settings.replayRevealsKeySecret(reveal);
            return this;
        }

        /**
         * Sets the {@code RateLimit-Limit} announced per second (429s come only from
         * {@link #rateLimitNext} or {@link Fault#rateLimited}). If not specified, this is 20.
         *
         * @throws IllegalArgumentException if {@code limit} is less than 1
         */
        public Builder rateLimit(int limit) {
            settings.rateLimit(limit);
            return this;
        }

        /**
         * Sets how many requests WireMock's own journal keeps. If not specified, this is 0 (off).
         *
         * @throws IllegalArgumentException if {@code size} is negative
         */
        public Builder requestJournalSize(int size) {
            settings.requestJournalSize(size);
            return this;
        }

        /**
         * Sets how many request logs the fake keeps (oldest dropped first). If not specified, 100,000.
         *
         * @throws IllegalArgumentException if {@code max} is less than 1
         */
        public Builder maxRequestLogs(int max) {
            settings.maxRequestLogs(max);
            return this;
        }

        /**
         * Sets whether the first IP literal of a request's {@code X-Forwarded-For} becomes its client
         * IP in request logs and audit events (every request comes from {@code 127.0.0.1}); plant
         * one with an OkHttp interceptor. If not specified, this is {@code false}: ignored.
         */
        public Builder trustForwardedFor(boolean trust) {
            settings.trustForwardedFor(trust);
            return this;
        }

        /**
         * Sets the number of server threads. If not specified, this is 24.
         *
         * @throws IllegalArgumentException if {@code threads} is less than 4
         */
        public Builder containerThreads(int threads) {
            settings.containerThreads(threads);
            return this;
        }

        /** Adds a listener of every minted secret, admin keys included ({@link FakeAugnoServer#onKeyMinted}). */
        public Builder onKeyMinted(Consumer<String> listener) {
            settings.onKeyMinted(listener);
            return this;
        }

        /**
         * Sets the brand of the keys minted, the admin keys included: one of {@link KeyMode#brands()}.
         * If not specified, {@code mrp_sk_}; {@link FakeAugnoServer#keyBrand(String)} changes it later.
         *
         * @throws IllegalArgumentException if {@code brand} is not a brand the SDK knows
         */
        public Builder keyBrand(String brand) {
            settings.keyBrand(brand);
            return this;
        }

        /**
         * Sets how long a job of a {@code 202 Accepted} operation runs on the {@linkplain #clock(Clock)
         * clock} ({@code created}, {@code started}, then {@code completed}); with a {@link TestClock},
         * polling is tested without sleeping. If not specified, this is {@link Duration#ZERO}.
         *
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder jobDuration(Duration duration) {
            settings.jobDuration(duration);
            return this;
        }

        /** Builds the server (not started) and mints its admin keys. */
        public FakeAugnoServer build() {
            return new FakeAugnoServer(this);
        }
    }
}
