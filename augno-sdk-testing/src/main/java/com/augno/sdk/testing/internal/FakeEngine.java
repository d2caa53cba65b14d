package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.Role;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fake Augno API, transport-independent: wires the {@link Store}, the {@link Router} and its
 * resources, and the {@link RequestPipeline}, and offers what {@code FakeAugnoServer} needs (keys,
 * faults, counters). Thread-safe.
 */
public final class FakeEngine {
    private final Clock clock;
    private final ReentrantLock lock;
    private final Store store;
    private final Router router = new Router();
    private final Counters counters = new Counters();
    private final Faults faults = new Faults();
    private final ErrorRenderer errors = new ErrorRenderer();
    private final Idempotency idempotency;
    private final RequestPipeline pipeline;
    private final DescribedRoutes described;

    /**
     * Creates the fake's world: a production account, its default sandbox, the system roles and
     * units.
     *
     * @param clock the time source (key expiry, scheduled revocation, timestamps)
     * @param rateLimit the {@code RateLimit-Limit} value announced per one-second window
     * @param maxRequestLogs how many request logs to keep (oldest dropped first)
     * @param replayRevealsKeySecret whether a replayed key creation or rotation repeats the secret
     */
    public FakeEngine(Clock clock, int rateLimit, int maxRequestLogs, boolean replayRevealsKeySecret) {
        this.clock = clock;
        Instant now = clock.instant();
        this.store = new Store(maxRequestLogs, now);
        this.idempotency = new Idempotency(replayRevealsKeySecret);
        Auditor audit = new Auditor(store);
        UnitsResource units = new UnitsResource(store, audit, counters);
        units.seed(now);
        this.described = new DescribedRoutes();
        List<Resource> resources = List.of(
                new ApiKeysResource(store, audit, counters),
                new RolesResource(store, audit, counters),
                new AccountUsersResource(store, audit, counters),
                new RequestLogsResource(store, audit, counters),
                new AuditEventsResource(store, audit, counters),
                new SandboxesResource(store, audit, counters),
                new CustomersResource(store, audit, counters, described::find),
                units);
        for (Resource r : resources) {
            r.register(router);
        }
        // Every described operation no hand-written route serves (issue 19); hand-written ones win.
        described.open(router.routes()).forEach(router::add);
        this.pipeline = new RequestPipeline(
                clock,
                router,
                new Gatekeeper(store),
                idempotency,
                faults,
                counters,
                new RequestLogRecorder(store),
                errors,
                new RateLimitHeaders(clock, rateLimit));
        this.lock = pipeline.lock();
    }

    /**
     * Sets a hook called with the route key ({@code "POST /v1/sales/customers"}) of each admitted
     * request just before its handler runs, after its {@code Idempotency-Key} is claimed and
     * without the engine's lock, so that a test can hold one request in flight while it sends
     * another; null removes it.
     */
    public void beforeHandler(@Nullable Consumer<String> hook) {
        pipeline.beforeHandler(hook);
    }

    /** The routing table, for this package's tests. */
    Router router() {
        return router;
    }

    /** Answers one HTTP request. */
    public FakeResponse handle(FakeRequest req) {
        return pipeline.handle(req);
    }

    /** Sets how long a job of a {@code 202} operation runs on the clock before it completes. */
    public void jobDuration(Duration duration) {
        described.jobDuration(duration);
    }

    /** Stores a record in a collection served from the API description; returns its id. */
    public String seed(boolean sandboxAccount, String collectionPath, ObjectNode fields) {
        lock.lock();
        try {
            return described.seed(accountId(sandboxAccount), collectionPath, fields, clock.instant());
        } finally {
            lock.unlock();
        }
    }

    /** Sets the base URL used in {@code request_log_url}. */
    public void setBaseUrl(String baseUrl) {
        errors.setBaseUrl(baseUrl);
    }

    /** Sets whether replayed key creations and rotations repeat the secret. */
    public void setReplayRevealsKeySecret(boolean reveal) {
        idempotency.setReplayRevealsKeySecret(reveal);
    }

    /** Returns the id of the production account or (when {@code sandboxAccount}) of the sandbox. */
    public String accountId(boolean sandboxAccount) {
        return (sandboxAccount ? store.sandbox : store.production).id;
    }

    /**
     * Sets the brand of the keys minted from now on, e.g. {@code mrp_sk_} or {@code aug_sk_} (any
     * {@code [a-z]{2,10}_sk_}, so that tests can mint a brand the SDK does not know yet).
     *
     * @throws IllegalArgumentException if {@code brand} does not look like {@code xyz_sk_}
     */
    public void keyBrand(String brand) {
        store.keyBrand(brand);
    }

    /**
     * Mints a key in the production account or the default sandbox and returns its secret.
     *
     * @param permissions null for an admin-type role, else the permissions of a new user role
     * @throws IllegalArgumentException if a permission is not in the catalog
     */
    public String mintKey(boolean sandboxAccount, String name, @Nullable List<String> permissions) {
        lock.lock();
        try {
            Account account = sandboxAccount ? store.sandbox : store.production;
            Instant now = clock.instant();
            Role role;
            if (permissions == null) {
                role = store.adminRole;
            } else {
                for (String p : permissions) {
                    try {
                        BodyFields.checkPermission(p, "permissions");
                    } catch (ApiError e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }
                String roleName = name + " role";
                int n = 2;
                while (store.roleNameTaken(account, roleName)) {
                    roleName = name + " role " + n++;
                }
                role = new Role(Store.newId("rl"), store.nextSeq(), roleName, "user", account, now);
                role.permissions.addAll(permissions);
                store.roles.put(role.id, role);
            }
            return store.newKey(account, name, role, null, now).secret;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the {@code apke_} id of the key with this secret, or null if the fake never minted it. */
    public @Nullable String keyIdOf(String secret) {
        lock.lock();
        try {
            Key k = store.keysBySecret.get(secret);
            return k == null ? null : k.id;
        } finally {
            lock.unlock();
        }
    }

    /** Calls {@code listener} with every secret minted so far, then with each new one. */
    public void onKeyMinted(Consumer<String> listener) {
        lock.lock();
        try {
            store.onKeyMinted(listener);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds a fault to a route ({@code "GET /v1/sales/customers/{id}"}) or to every route
     * ({@code "*"}).
     *
     * @throws IllegalArgumentException if the route is not one the fake serves
     */
    public void injectFault(String route, Fault fault) {
        faults.inject(router.normalizeRouteKey(route), fault);
    }

    /** Removes every fault. */
    public void clearFaults() {
        faults.clear();
    }

    /** Returns the route keys the fake serves ({@code "GET /v1/sales/customers"}, ...). */
    public List<String> routeKeys() {
        return router.routeKeys();
    }

    /**
     * Returns how many requests a route received ({@code "GET /v1/sales/customers/{id}"}), faulted
     * ones included.
     *
     * @throws IllegalArgumentException if the route is not one the fake serves
     */
    public long requestCount(String route) {
        return counters.requestCount(router.normalizeRouteKey(route));
    }

    /** Returns request counts per route key; unknown paths are counted under their raw path. */
    public Map<String, Long> requestCounts() {
        return counters.requestCounts();
    }

    /** Returns how many resources requests with this {@code Idempotency-Key} created. */
    public int creationCount(String idempotencyKey) {
        return counters.creationCount(idempotencyKey);
    }

    /** Resets the request and creation counters. */
    public void resetCounters() {
        counters.reset();
    }
}
