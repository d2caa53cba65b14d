package com.augno.sdk.testing.internal;

import com.augno.sdk.KeyMode;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.AuditEvent;
import com.augno.sdk.testing.internal.Model.Doc;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.Replay;
import com.augno.sdk.testing.internal.Model.RequestLog;
import com.augno.sdk.testing.internal.Model.Role;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The state and behaviour of the fake Augno API: accounts, roles, keys, resources, request logs,
 * audit events, idempotency, faults and counters. Transport-independent; thread-safe (one lock
 * around each request's processing, which keeps the model simple and is fast enough for thousands
 * of requests per second).
 */
public final class FakeEngine {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom SECURE_RANDOM = new SecureRandom();
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    // Built from parts so that no scanner sees a prefix literal with a body.
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.[A-Za-z0-9.-]+)?");
    private static final Set<String> ACTIONS = Set.of("create", "read", "update", "delete");
    private static final Duration MAX_REVOKE_WINDOW = Duration.ofDays(30);
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final Clock clock;
    private final int rateLimit;
    private final int maxRequestLogs;
    private final ReentrantLock lock = new ReentrantLock();
    private long seq;

    private final Account production;
    private final Account sandbox;
    private final Role adminRole;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final Map<String, Key> keysBySecret = new HashMap<>();
    private final Map<String, Doc> customers = new LinkedHashMap<>();
    private final Map<String, Doc> units = new LinkedHashMap<>();
    private final Map<String, Doc> sandboxes = new LinkedHashMap<>();
    private final Map<String, Doc> accountUsers = new LinkedHashMap<>();
    private final Map<String, RequestLog> requestLogs = new LinkedHashMap<>();
    private final Map<String, AuditEvent> auditEvents = new LinkedHashMap<>();
    private final Map<String, Replay> replays = new HashMap<>();
    private final Map<String, Integer> customerNumbers = new HashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final DescribedRoutes described;
    private final Map<String, Route> routesByKey = new HashMap<>();

    private final ConcurrentHashMap<String, LongAdder> requestCounts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> creations = new ConcurrentHashMap<>();
    private final Map<String, ArrayList<FaultSlot>> faults = new HashMap<>();
    private final CopyOnWriteArrayList<Consumer<String>> mintListeners = new CopyOnWriteArrayList<>();
    private final List<String> mintedSecrets = new ArrayList<>();
    private volatile boolean replayRevealsKeySecret;
    /** The brand of the keys minted from now on ({@code mrp_sk_} unless a test picks another). */
    private volatile String keyBrand = KeyMode.brands().get(0);

    private volatile String baseUrl = "";
    private final Object rateLock = new Object();
    private long rateWindowSecond = Long.MIN_VALUE;
    private int rateWindowCount;

    private static final class FaultSlot {
        final Fault fault;
        int remaining;

        FaultSlot(Fault fault) {
            this.fault = fault;
            this.remaining = fault.timesLimit();
        }
    }

    /**
     * Creates the fake's world: a production account, its default sandbox, the system roles and
     * units, and an admin key in each account.
     *
     * @param clock the time source (key expiry, scheduled revocation, timestamps)
     * @param rateLimit the {@code RateLimit-Limit} value announced per one-second window
     * @param maxRequestLogs how many request logs to keep (oldest dropped first)
     * @param replayRevealsKeySecret whether a replayed key creation or rotation repeats the secret
     */
    public FakeEngine(Clock clock, int rateLimit, int maxRequestLogs, boolean replayRevealsKeySecret) {
        this.clock = clock;
        this.rateLimit = rateLimit;
        this.maxRequestLogs = maxRequestLogs;
        this.replayRevealsKeySecret = replayRevealsKeySecret;
        Instant now = clock.instant();
        this.production = newAccount("Fake Manufacturing Co", false, null, now);
        this.sandbox = newAccount("Fake Manufacturing Co (sandbox)", true, production, now);
        Doc sb = new Doc(newId("sbac"), nextSeq(), production, JSON.objectNode(), now);
        sb.fields.put("id", sb.id).put("object", "sandbox").put("name", "Default sandbox");
        sb.fields.set("created_at", ts(now));
        sb.fields.set("updated_at", ts(now));
        sb.sandboxAccount = sandbox;
        sandboxes.put(sb.id, sb);
        this.adminRole = new Role(newId("rl"), nextSeq(), "Admin", "admin", null, now);
        roles.put(adminRole.id, adminRole);
        Role salesRep = new Role(newId("rl"), nextSeq(), "Sales Rep", "sales_rep", null, now);
        salesRep.permissions.addAll(List.of("customers:read", "sales_orders:read", "sales_orders:create"));
        roles.put(salesRep.id, salesRep);
        seedUnits(now);
        defineRoutes();
        // Every described operation no hand-written route serves (issue 19); hand-written ones win.
        this.described = new DescribedRoutes(routes);
        described.routes().forEach(this::addRoute);
    }

    // ------------------------------------------------------------------ public operations

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
        this.baseUrl = baseUrl;
    }

    /** Sets whether replayed key creations and rotations repeat the secret. */
    public void setReplayRevealsKeySecret(boolean reveal) {
        this.replayRevealsKeySecret = reveal;
    }

    /** Returns the id of the production account or (when {@code sandboxAccount}) of the sandbox. */
    public String accountId(boolean sandboxAccount) {
        return (sandboxAccount ? sandbox : production).id;
    }

    /**
     * Mints a key in the production account or the default sandbox and returns its secret.
     *
     * @param permissions null for an admin-type role, else the permissions of a new user role
     */
    public String mintKey(boolean sandboxAccount, String name, @Nullable List<String> permissions) {
        lock.lock();
        try {
            Account account = sandboxAccount ? sandbox : production;
            Instant now = clock.instant();
            Role role;
            if (permissions == null) {
                role = adminRole;
            } else {
                for (String p : permissions) {
                    try {
                        checkPermissionString(p, "permissions");
                    } catch (ApiError e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }
                String roleName = name + " role";
                int n = 2;
                while (roleNameTaken(account, roleName)) {
                    roleName = name + " role " + n++;
                }
                role = new Role(newId("rl"), nextSeq(), roleName, "user", account, now);
                role.permissions.addAll(permissions);
                roles.put(role.id, role);
            }
            return newKey(account, name, role, null, now).secret;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the {@code apke_} id of the key with this secret, or null if the fake never minted it. */
    public @Nullable String keyIdOf(String secret) {
        lock.lock();
        try {
            Key k = keysBySecret.get(secret);
            return k == null ? null : k.id;
        } finally {
            lock.unlock();
        }
    }

    /** Calls {@code listener} with every secret minted so far, then with each new one. */
    public void onKeyMinted(Consumer<String> listener) {
        lock.lock();
        try {
            for (String s : mintedSecrets) {
                listener.accept(s);
            }
            mintListeners.add(listener);
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
        String key = normalizeRouteKey(route);
        synchronized (faults) {
            faults.computeIfAbsent(key, k -> new ArrayList<>()).add(new FaultSlot(fault));
        }
    }

    /** Removes every fault. */
    public void clearFaults() {
        synchronized (faults) {
            faults.clear();
        }
    }

    /** Returns the route keys the fake serves ({@code "GET /v1/sales/customers"}, ...). */
    public List<String> routeKeys() {
        List<String> out = new ArrayList<>();
        for (Route r : routes) {
            out.add(r.key);
        }
        return out;
    }

    /**
     * Returns how many requests a route received ({@code "GET /v1/sales/customers/{id}"}), faulted
     * ones included.
     *
     * @throws IllegalArgumentException if the route is not one the fake serves
     */
    public long requestCount(String route) {
        LongAdder a = requestCounts.get(normalizeRouteKey(route));
        return a == null ? 0 : a.sum();
    }

    /** Returns request counts per route key; unknown paths are counted under their raw path. */
    public Map<String, Long> requestCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        requestCounts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Returns how many resources requests with this {@code Idempotency-Key} created. */
    public int creationCount(String idempotencyKey) {
        AtomicInteger a = creations.get(idempotencyKey);
        return a == null ? 0 : a.get();
    }

    /** Resets the request and creation counters. */
    public void resetCounters() {
        requestCounts.clear();
        creations.clear();
    }

    // ------------------------------------------------------------------ the pipeline

    /** Answers one HTTP request. */
    public FakeResponse handle(FakeRequest req) {
        long start = System.nanoTime();
        String[] pathSegments = req.path.length() > 1 ? req.path.substring(1).split("/", -1) : new String[0];
        Route route = null;
        List<String> params = List.of();
        boolean pathKnown = false;
        for (Route r : routes) {
            List<String> p = r.match(pathSegments);
            if (p != null) {
                pathKnown = true;
                if (r.method.equals(req.method)) {
                    route = r;
                    params = p;
                    break;
                }
            }
        }
        String routeKey = route != null ? route.key : req.method + " " + req.path;
        requestCounts.computeIfAbsent(routeKey, k -> new LongAdder()).increment();
        Fault fault = takeFault(routeKey);
        if (fault != null && fault.kind() == Fault.Kind.CONNECTION_RESET && !fault.appliesAfterProcessing()) {
            return FakeResponse.reset();
        }
        Fault before = fault != null
                        && !fault.appliesAfterProcessing()
                        && (fault.kind() == Fault.Kind.ERROR || fault.kind() == Fault.Kind.RATE_LIMITED)
                ? fault
                : null;
        FakeResponse response;
        lock.lock();
        try {
            response = process(req, route, params, pathKnown, before, start);
        } finally {
            lock.unlock();
        }
        if (fault != null && fault.appliesAfterProcessing()) {
            response = applyAfter(fault, response);
        }
        if (fault != null && fault.kind() == Fault.Kind.DELAY) {
            response.delayMillis = fault.delay().toMillis();
        }
        addRateLimitHeaders(response);
        return response;
    }

    private FakeResponse applyAfter(Fault fault, FakeResponse response) {
        switch (fault.kind()) {
            case CONNECTION_RESET:
                return FakeResponse.reset();
            case EMPTY_BODY:
                return response.withBody(new byte[0]);
            case TRUNCATED_BODY:
                byte[] b = response.body;
                byte[] half = new byte[b.length / 2];
                System.arraycopy(b, 0, half, 0, half.length);
                return response.withBody(half);
            case ERROR:
            case RATE_LIMITED:
                ApiError e = faultError(fault);
                FakeResponse out = new FakeResponse(e.status, errorBody(e, null));
                out.headers.put("Content-Type", "application/json");
                response.headers.forEach((k, v) -> {
                    if (k.equals("Request-Id")) {
                        out.headers.put(k, v);
                    }
                });
                out.headers.putAll(e.headers);
                return out;
            default:
                return response;
        }
    }

    private static ApiError faultError(Fault fault) {
        String code = fault.code() == null ? "internal_error" : fault.code();
        if (fault.kind() == Fault.Kind.RATE_LIMITED) {
            long seconds = (fault.retryAfter().toMillis() + 999) / 1000;
            return new ApiError(
                    429,
                    "rate_limit_exceeded",
                    "Too many requests. Retry after " + seconds + " second(s).",
                    null,
                    true,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        return new ApiError(fault.status(), code, "Injected fault: " + code + ".", null, fault.isTransient());
    }

    private void addRateLimitHeaders(FakeResponse response) {
        if (response.network != FakeResponse.Network.NORMAL) {
            return;
        }
        long second = clock.instant().getEpochSecond();
        int used;
        synchronized (rateLock) {
            if (second != rateWindowSecond) {
                rateWindowSecond = second;
                rateWindowCount = 0;
            }
            used = ++rateWindowCount;
        }
        response.headers.put("RateLimit-Limit", Integer.toString(rateLimit));
        response.headers.put("RateLimit-Remaining", Integer.toString(Math.max(0, rateLimit - used)));
        response.headers.put("RateLimit-Reset", "1");
    }

    private FakeResponse process(
            FakeRequest req,
            @Nullable Route route,
            List<String> params,
            boolean pathKnown,
            @Nullable Fault before,
            long startNanos) {
        Instant now = clock.instant();
        Ctx ctx = new Ctx(req, now, newId("rq"));
        ctx.route = route;
        ctx.params = params;
        ctx.idempotencyKey = req.header("Idempotency-Key");
        String auth = req.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.key = keysBySecret.get(auth.substring(7).trim());
        }
        FakeResponse out;
        ApiError error = null;
        Result result = null;
        String replayKey = null;
        boolean handlerRan = false;
        try {
            if (before != null) {
                throw faultError(before);
            }
            String version = apiVersion(req);
            if (version == null) {
                throw new ApiError(
                        400,
                        "api_version_required",
                        "The OpenMRP-Version header is required, e.g. OpenMRP-Version: 1.0.forge-preview.3"
                                + " (Augno-Version is accepted too).",
                        "OpenMRP-Version",
                        false);
            }
            if (!VERSION.matcher(version).matches()) {
                throw new ApiError(
                        400, "api_version_invalid", "The Augno-Version header is malformed.", "Augno-Version", false);
            }
            if (version.startsWith("0.")) {
                throw new ApiError(
                        400,
                        "api_version_too_old",
                        "This Augno-Version is no longer supported.",
                        "Augno-Version",
                        false);
            }
            authenticate(ctx);
            if (route == null) {
                if (pathKnown) {
                    throw new ApiError(
                            405,
                            "method_not_allowed",
                            req.method + " is not allowed on " + req.path + ".",
                            null,
                            false);
                }
                throw new ApiError(404, "resource_not_found", "No route matches " + req.path + ".", null, false);
            }
            authorize(ctx, route);
            ctx.includes = ctx.query.set("include");
            for (String inc : ctx.includes) {
                if (!route.includes.contains(inc)) {
                    throw ApiError.invalid(
                            "include",
                            "'" + inc + "' cannot be expanded here"
                                    + (route.includes.isEmpty()
                                            ? ""
                                            : "; allowed: " + String.join(", ", route.includes)));
                }
            }
            boolean hasJsonBody = req.method.equals("POST") || req.method.equals("PATCH");
            if (hasJsonBody) {
                parseBody(ctx);
            }
            String idemKey = ctx.idempotencyKey;
            if (hasJsonBody && idemKey != null) {
                replayKey = ctx.account().id + "\n" + idemKey;
                Replay r = replays.get(replayKey);
                String fingerprint = fingerprint(req);
                if (r != null) {
                    if (!r.method.equals(req.method)
                            || !r.path.equals(req.path)
                            || !r.bodyFingerprint.equals(fingerprint)) {
                        throw new ApiError(
                                400,
                                "parameter_invalid",
                                "This Idempotency-Key was already used with a different request.",
                                "Idempotency-Key",
                                false);
                    }
                    out = replayResponse(r);
                    JsonNode logged = parse(out.body);
                    finishLog(ctx, route, out.status, null, r.hasKeySecret ? redactSecret(logged) : logged, startNanos);
                    out.headers.put("Idempotent-Replayed", "true");
                    out.headers.put("Request-Id", ctx.logId);
                    return out;
                }
            }
            handlerRan = true;
            result = route.handler.apply(ctx);
            byte[] body = bytes(result.body);
            out = new FakeResponse(result.status, body);
            if (replayKey != null) {
                replays.put(
                        replayKey,
                        new Replay(req.method, req.path, fingerprint(req), result.status, body, result.hasKeySecret));
            }
        } catch (ApiError e) {
            error = e;
            out = new FakeResponse(e.status, errorBody(e, ctx.logId));
            if (replayKey != null && handlerRan && e.status < 500) {
                // A handler's refusal is remembered like a success; auth and permission refusals are not.
                replays.put(replayKey, new Replay(req.method, req.path, fingerprint(req), e.status, out.body, false));
            }
            out.headers.putAll(e.headers);
        }
        out.headers.put("Content-Type", "application/json");
        out.headers.put("Request-Id", ctx.logId);
        finishLog(ctx, route, out.status, error, result == null ? null : redactSecret(result), startNanos);
        return out;
    }

    private FakeResponse replayResponse(Replay r) {
        byte[] body = r.body;
        if (r.hasKeySecret && !replayRevealsKeySecret) {
            JsonNode node = parse(body);
            if (node instanceof ObjectNode) {
                ((ObjectNode) node).set("api_key_secret", NullNode.getInstance());
                body = bytes(node);
            }
        }
        FakeResponse out = new FakeResponse(r.status, body);
        out.headers.put("Content-Type", "application/json");
        return out;
    }

    private void authenticate(Ctx ctx) {
        Key k = ctx.key;
        if (k == null) {
            throw new ApiError(401, "invalid_credentials", "The API key is not valid.", null, false);
        }
        String status = k.status(ctx.now);
        if (status.equals("revoked")) {
            throw new ApiError(401, "api_key_revoked", "This API key has been revoked.", null, false);
        }
        if (status.equals("expired")) {
            throw new ApiError(401, "api_key_expired", "This API key has expired.", null, false);
        }
        if (k.account.deleted) {
            throw new ApiError(
                    401, "invalid_credentials", "The account of this API key no longer exists.", null, false);
        }
        // The live API refreshes last_used_at at most once a day.
        Instant last = k.lastUsedAt;
        if (last == null || !ctx.now.isBefore(last.plus(Duration.ofHours(24)))) {
            k.lastUsedAt = ctx.now;
        }
    }

    private static void authorize(Ctx ctx, Route route) {
        Role role = ctx.role();
        if (route.productionOnly && ctx.account().sandbox) {
            throw ApiError.forbidden("Sandboxes cannot be managed while acting inside a sandbox.");
        }
        String needed = route.permission;
        if (needed == null || role.isAdmin()) {
            return;
        }
        if (needed.equals(Route.ADMIN)) {
            throw ApiError.forbidden(
                    "Managing API keys requires a role of type admin; this key's role is of type " + role.type + ".");
        }
        if (!role.permissions.contains(needed)) {
            throw ApiError.forbidden("This request requires the permission " + needed + ", which the role '" + role.name
                    + "' does not grant.");
        }
    }

    private static void parseBody(Ctx ctx) {
        byte[] b = ctx.req.body;
        if (b.length == 0) {
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(b);
        } catch (IOException e) {
            throw new ApiError(400, "invalid_format", "The request body is not valid JSON.", null, false);
        }
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw new ApiError(400, "invalid_format", "The request body must be a JSON object.", null, false);
        }
        ctx.body = (ObjectNode) node;
        ctx.rawBody = node;
    }

    private static String fingerprint(FakeRequest req) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(req.body);
            return Base64.getEncoder().encodeToString(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finishLog(
            Ctx ctx,
            @Nullable Route route,
            int status,
            @Nullable ApiError error,
            @Nullable JsonNode responseBody,
            long startNanos) {
        RequestLog log = new RequestLog(ctx.logId, nextSeq());
        Key k = ctx.key;
        log.actor = k;
        log.account = k == null ? null : k.account;
        log.method = ctx.req.method;
        String host = ctx.req.header("Host");
        log.host = host == null ? "" : host;
        log.path = ctx.req.path;
        log.route = route == null ? ctx.req.path : route.template;
        log.listed = route == null || route.listed;
        log.status = status;
        log.apiVersion = apiVersion(ctx.req);
        log.clientIp = ctx.req.clientIp;
        log.userAgent = ctx.req.header("User-Agent");
        log.referrer = ctx.req.header("Referer");
        log.idempotencyKey = ctx.idempotencyKey;
        if (error != null) {
            log.errorCode = error.code;
            log.errorMessage = error.getMessage();
        }
        ObjectNode q = JSON.objectNode();
        for (String[] pair : ctx.query.rawPairs) {
            q.put(decodeName(pair[0]), decodeName(pair[1]));
        }
        log.queryParams = q;
        log.requestBody = ctx.rawBody == null ? null : redactFields(ctx.rawBody.deepCopy());
        log.responseBody = responseBody;
        log.occurredAt = ctx.now;
        log.createdAt = ctx.now;
        log.latencyUs = Math.max(1, (System.nanoTime() - startNanos) / 1000);
        requestLogs.put(log.id, log);
        if (requestLogs.size() > maxRequestLogs) {
            Iterator<String> it = requestLogs.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    private static String decodeName(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static JsonNode redactFields(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String lower = n.toLowerCase(Locale.ROOT);
                if (lower.contains("password") || lower.contains("secret") || lower.contains("token")) {
                    o.put(n, "[REDACTED]");
                } else {
                    redactFields(o.get(n));
                }
            }
        } else if (node instanceof ArrayNode) {
            for (JsonNode c : node) {
                redactFields(c);
            }
        }
        return node;
    }

    private static JsonNode redactSecret(Result result) {
        return result.hasKeySecret ? redactSecret(result.body) : result.body;
    }

    /** Returns a copy of a created-key body whose {@code api_key_secret} is redacted. */
    private static JsonNode redactSecret(JsonNode body) {
        JsonNode copy = body.deepCopy();
        if (copy instanceof ObjectNode) {
            JsonNode secret = copy.get("api_key_secret");
            if (secret != null && secret.isTextual()) {
                String s = secret.asText();
                ((ObjectNode) copy).put("api_key_secret", s.substring(0, 12) + "****" + s.substring(s.length() - 4));
            }
        }
        return copy;
    }

    private byte[] errorBody(ApiError e, @Nullable String logId) {
        ObjectNode err = JSON.objectNode();
        err.put("code", e.code);
        err.put("type", e.type());
        err.put("message", e.getMessage());
        err.put("param", e.param);
        err.put("doc_url", "https://docs.augno.com/api/errors#" + e.code);
        err.put("is_transient", e.isTransient);
        err.set("quota", NullNode.getInstance());
        err.put("request_log_url", logId == null ? null : baseUrl + "/v1/core/request-logs/" + logId);
        ObjectNode root = JSON.objectNode();
        root.set("error", err);
        return bytes(root);
    }

    private @Nullable Fault takeFault(String routeKey) {
        synchronized (faults) {
            if (faults.isEmpty()) {
                return null;
            }
            Fault f = takeFrom(faults.get(routeKey));
            return f != null ? f : takeFrom(faults.get("*"));
        }
    }

    private static @Nullable Fault takeFrom(@Nullable ArrayList<FaultSlot> slots) {
        if (slots == null || slots.isEmpty()) {
            return null;
        }
        FaultSlot slot = slots.get(0);
        if (slot.remaining > 0) {
            slot.remaining--;
            if (slot.remaining == 0) {
                slots.remove(0);
            }
        }
        return slot.fault;
    }

    private String normalizeRouteKey(String route) {
        String r = route.trim();
        if (r.equals("*")) {
            return r;
        }
        int sp = r.indexOf(' ');
        if (sp > 0) {
            String key = r.substring(0, sp).toUpperCase(Locale.ROOT) + " "
                    + r.substring(sp + 1).trim().replaceAll("\\{[^}]*}", "{id}");
            if (routesByKey.containsKey(key)) {
                return routesByKey.get(key).key;
            }
        }
        throw new IllegalArgumentException("Unknown route '" + route
                + "'. Use \"*\" or one of the fake's routes, e.g. \"GET /v1/sales/customers/{id}\": " + routeKeys());
    }

    // ------------------------------------------------------------------ helpers

    private long nextSeq() {
        return ++seq;
    }

    private static String newId(String prefix) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ID_ALPHABET.charAt(r.nextInt(ID_ALPHABET.length()));
        }
        return prefix + "_" + new String(c);
    }

    /** The version a request names: {@code OpenMRP-Version}, else the older {@code Augno-Version}. */
    private static @Nullable String apiVersion(FakeRequest req) {
        String v = req.header("OpenMRP-Version");
        return v != null ? v : req.header("Augno-Version");
    }

    /**
     * Sets the brand of the keys minted from now on, e.g. {@code mrp_sk_} or {@code aug_sk_} (any
     * {@code [a-z]{2,10}_sk_}, so that tests can mint a brand the SDK does not know yet).
     */
    public void keyBrand(String brand) {
        if (!brand.matches("[a-z]{2,10}_sk_")) {
            throw new IllegalArgumentException("a key brand looks like mrp_sk_ or aug_sk_: " + brand);
        }
        this.keyBrand = brand;
    }

    private Account newAccount(String name, boolean isSandbox, @Nullable Account owner, Instant now) {
        Account a = new Account(newId("ac"), nextSeq(), name, isSandbox, owner, now);
        accounts.put(a.id, a);
        return a;
    }

    private Key newKey(Account account, String name, Role role, @Nullable Instant expiresAt, Instant now) {
        StringBuilder sb = new StringBuilder(keyBrand + (account.sandbox ? "test_" : "prod_"));
        for (int i = 0; i < 64; i++) {
            sb.append(KEY_ALPHABET.charAt(SECURE_RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        Key k = new Key(newId("apke"), nextSeq(), name, sb.toString(), account, role, expiresAt, now);
        keys.put(k.id, k);
        keysBySecret.put(k.secret, k);
        mintedSecrets.add(k.secret);
        for (Consumer<String> l : mintListeners) {
            l.accept(k.secret);
        }
        return k;
    }

    static JsonNode ts(@Nullable Instant instant) {
        return instant == null
                ? NullNode.getInstance()
                : TextNode.valueOf(instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return NullNode.getInstance();
        }
    }

    private static String requireString(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.missing(field);
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw ApiError.invalid(field, "it must be a non-empty string");
        }
        return n.asText();
    }

    private static @Nullable String optString(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiError.invalid(field, "it must be a string");
        }
        return n.asText();
    }

    private static @Nullable Instant optInstant(ObjectNode body, String field) {
        String s = optString(body, field);
        if (s == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiError(400, "invalid_format", field + " must be an RFC 3339 timestamp.", field, false);
        }
    }

    private static String optEnum(ObjectNode body, String field, String dflt, Set<String> allowed) {
        String v = optString(body, field);
        if (v == null) {
            return dflt;
        }
        if (!allowed.contains(v)) {
            throw ApiError.invalid(field, "'" + v + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
        return v;
    }

    private void checkPermissionString(String p, String param) {
        int colon = p.indexOf(':');
        if (colon < 0
                || !ACTIONS.contains(p.substring(colon + 1))
                || !PermissionCatalog.CODES.contains(p.substring(0, colon))) {
            throw ApiError.invalid(
                    param, "'" + p + "' is not a permission (code:action, action one of create, read, update, delete)");
        }
    }

    private boolean roleNameTaken(Account account, String name) {
        for (Role r : roles.values()) {
            if ((r.owner == null || r.owner == account) && r.name.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private void countCreation(Ctx ctx) {
        String k = ctx.idempotencyKey;
        creations.computeIfAbsent(k == null ? "" : k, x -> new AtomicInteger()).incrementAndGet();
    }

    private void audit(
            Ctx ctx,
            Account target,
            String action,
            String resourceType,
            String resourceId,
            List<JsonNode[]> changes,
            @Nullable JsonNode metadata) {
        AuditEvent e = new AuditEvent(
                newId("ae"),
                nextSeq(),
                target,
                ctx.key,
                action,
                resourceType,
                resourceId,
                metadata,
                ctx.logId,
                ctx.idempotencyKey,
                ctx.req.clientIp,
                ctx.now);
        e.changes.addAll(changes);
        auditEvents.put(e.id, e);
    }

    private static List<JsonNode[]> diff(ObjectNode before, ObjectNode after, String... fields) {
        List<JsonNode[]> out = new ArrayList<>();
        for (String f : fields) {
            JsonNode a = before.get(f);
            JsonNode b = after.get(f);
            JsonNode aa = a == null ? NullNode.getInstance() : a;
            JsonNode bb = b == null ? NullNode.getInstance() : b;
            if (!aa.equals(bb)) {
                out.add(new JsonNode[] {TextNode.valueOf(f), aa, bb});
            }
        }
        return out;
    }

    private static List<JsonNode[]> created(ObjectNode fields, String... names) {
        List<JsonNode[]> out = new ArrayList<>();
        for (String f : names) {
            JsonNode v = fields.get(f);
            out.add(new JsonNode[] {TextNode.valueOf(f), NullNode.getInstance(), v == null ? NullNode.getInstance() : v
            });
        }
        return out;
    }

    private static ObjectNode meta(String... kv) {
        ObjectNode o = JSON.objectNode();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            o.put(kv[i], kv[i + 1]);
        }
        return o;
    }

    private static Result ok(JsonNode body) {
        return new Result(200, body, false);
    }

    private static Result created(JsonNode body) {
        return new Result(201, body, false);
    }

    private static ObjectNode empty() {
        return JSON.objectNode();
    }

    // ------------------------------------------------------------------ rendering

    private static ObjectNode renderAccount(Account a) {
        ObjectNode o = JSON.objectNode();
        o.put("id", a.id).put("object", "account").put("name", a.name);
        o.set("branding", NullNode.getInstance());
        o.set("portal", NullNode.getInstance());
        o.set("default_billing_address", NullNode.getInstance());
        o.set("default_shipping_address", NullNode.getInstance());
        o.set("created_at", ts(a.createdAt));
        o.set("updated_at", ts(a.createdAt));
        return o;
    }

    private static ObjectNode renderOwner(@Nullable Account owner, boolean withAccount) {
        ObjectNode o = JSON.objectNode();
        o.put("object", "owner");
        o.put("type", owner == null ? "system" : "account");
        o.set("account", owner != null && withAccount ? renderAccount(owner) : NullNode.getInstance());
        return o;
    }

    private static ObjectNode renderRole(Role r, boolean permissions, boolean owner, boolean ownerAccount) {
        ObjectNode o = JSON.objectNode();
        o.put("id", r.id).put("object", "role").put("name", r.name).put("type", r.type);
        if (permissions) {
            ArrayNode p = o.putArray("permissions");
            r.permissions.forEach(p::add);
        } else {
            o.set("permissions", NullNode.getInstance());
        }
        o.set("owner", owner || ownerAccount ? renderOwner(r.owner, ownerAccount) : NullNode.getInstance());
        o.set("created_at", ts(r.createdAt));
        o.set("updated_at", ts(r.updatedAt));
        return o;
    }

    private static ObjectNode renderKey(Key k, Set<String> inc) {
        ObjectNode o = JSON.objectNode();
        o.put("id", k.id).put("object", "api_key").put("name", k.name).put("redacted_value", k.redacted);
        boolean perms = inc.contains("role.permissions");
        o.set("role", inc.contains("role") || perms ? renderRole(k.role, perms, false, false) : NullNode.getInstance());
        o.set("expires_at", ts(k.expiresAt));
        o.set("last_used_at", ts(k.lastUsedAt));
        o.set("revoked_at", ts(k.revokedAt));
        o.set("created_at", ts(k.createdAt));
        o.set("updated_at", ts(k.updatedAt));
        return o;
    }

    private static ObjectNode renderActor(Key k, boolean role, boolean rolePermissions) {
        ObjectNode o = JSON.objectNode();
        o.put("object", "actor")
                .put("id", k.id)
                .put("type", "api_key")
                .put("name", k.name)
                .put("handle", k.redacted);
        o.set("avatar_url", NullNode.getInstance());
        o.set(
                "role",
                role || rolePermissions ? renderRole(k.role, rolePermissions, false, false) : NullNode.getInstance());
        return o;
    }

    private static JsonNode nestedList(List<? extends JsonNode> items) {
        ObjectNode o = JSON.objectNode();
        o.put("object", "list");
        ArrayNode d = o.putArray("data");
        items.forEach(d::add);
        ObjectNode pi = o.putObject("page_info");
        pi.put("has_next_page", false).put("has_prev_page", false);
        pi.set("next_page_url", NullNode.getInstance());
        pi.set("previous_page_url", NullNode.getInstance());
        return o;
    }

    // ------------------------------------------------------------------ pagination

    /** Returns one page of {@code newestFirst} (ordered by descending sequence) as a list envelope. */
    private <T extends Model.Rec> ObjectNode page(Ctx ctx, List<T> newestFirst, Function<T, JsonNode> render) {
        Long limitParam = ctx.query.longValue("limit");
        int limit = DEFAULT_LIMIT;
        if (limitParam != null) {
            if (limitParam < 1 || limitParam > MAX_LIMIT) {
                throw ApiError.invalid("limit", "it must be between 1 and " + MAX_LIMIT);
            }
            limit = limitParam.intValue();
        }
        String cursor = ctx.query.one("cursor");
        int from = 0;
        int to;
        if (cursor == null) {
            to = Math.min(newestFirst.size(), limit);
        } else {
            String decoded;
            long pivot;
            try {
                decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                pivot = Long.parseLong(decoded.substring(2));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw ApiError.invalid("cursor", "it is not a cursor this API issued; follow next_page_url");
            }
            if (decoded.startsWith("a:")) {
                from = newestFirst.size();
                for (int i = 0; i < newestFirst.size(); i++) {
                    if (newestFirst.get(i).seq < pivot) {
                        from = i;
                        break;
                    }
                }
                to = Math.min(newestFirst.size(), from + limit);
            } else if (decoded.startsWith("b:")) {
                to = 0;
                for (int i = 0; i < newestFirst.size(); i++) {
                    if (newestFirst.get(i).seq > pivot) {
                        to = i + 1;
                    }
                }
                from = Math.max(0, to - limit);
            } else {
                throw ApiError.invalid("cursor", "it is not a cursor this API issued; follow next_page_url");
            }
        }
        ObjectNode o = JSON.objectNode();
        o.put("object", "list");
        ArrayNode data = o.putArray("data");
        for (int i = from; i < to; i++) {
            data.add(render.apply(newestFirst.get(i)));
        }
        boolean hasNext = to < newestFirst.size();
        boolean hasPrev = from > 0;
        ObjectNode pi = o.putObject("page_info");
        pi.put("has_next_page", hasNext).put("has_prev_page", hasPrev);
        pi.put("next_page_url", hasNext ? pageUrl(ctx, "a:" + newestFirst.get(to - 1).seq) : null);
        pi.put("previous_page_url", hasPrev ? pageUrl(ctx, "b:" + newestFirst.get(from).seq) : null);
        return o;
    }

    private static String pageUrl(Ctx ctx, String cursor) {
        StringBuilder sb = new StringBuilder(ctx.req.path).append('?');
        for (String[] pair : ctx.query.rawPairs) {
            if (pair[0].equals("cursor")) {
                continue;
            }
            sb.append(pair[0]).append('=').append(pair[1]).append('&');
        }
        sb.append("cursor=")
                .append(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private static <T extends Model.Rec> List<T> newestFirst(Iterable<T> items, Predicate<T> filter) {
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (filter.test(t)) {
                out.add(t);
            }
        }
        Collections.reverse(out);
        return out;
    }

    private static boolean matchesQ(@Nullable String q, String... texts) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (t.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inWindow(Instant t, @Nullable Instant from, @Nullable Instant to) {
        return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }

    private static <T> boolean anyOf(Set<T> wanted, @Nullable T value) {
        return wanted.isEmpty() || (value != null && wanted.contains(value));
    }

    // ------------------------------------------------------------------ routes

    private void route(
            String method, String template, @Nullable String permission, String includes, Function<Ctx, Result> h) {
        addRoute(new Route(method, template, permission, includeSet(includes), h, true, false));
    }

    private void addRoute(Route r) {
        routes.add(r);
        routesByKey.put(r.method + " " + r.template.replaceAll("\\{[^}]*}", "{id}"), r);
    }

    private static Set<String> includeSet(String csv) {
        Set<String> s = new LinkedHashSet<>();
        for (String p : csv.split(",")) {
            if (!p.isBlank()) {
                s.add(p.trim());
            }
        }
        return s;
    }

    private void defineRoutes() {
        String keyInc = "role,role.permissions";
        route("POST", "/v1/auth/api-keys", Route.ADMIN, keyInc, this::createKey);
        route("GET", "/v1/auth/api-keys", Route.ADMIN, keyInc, this::listKeys);
        route("GET", "/v1/auth/api-keys/{id}", Route.ADMIN, keyInc, this::getKey);
        route("DELETE", "/v1/auth/api-keys/{id}", Route.ADMIN, "", this::revokeKey);
        route("POST", "/v1/auth/api-keys/{id}/actions/rotate", Route.ADMIN, keyInc, this::rotateKey);

        String roleInc = "owner,owner.account,permissions";
        route("POST", "/v1/identity/roles", "roles:create", roleInc, this::createRole);
        route("GET", "/v1/identity/roles", "roles:read", roleInc, this::listRoles);
        route("GET", "/v1/identity/roles/{id}", "roles:read", roleInc, this::getRole);
        route("PATCH", "/v1/identity/roles/{id}", "roles:update", roleInc, this::updateRole);
        route("DELETE", "/v1/identity/roles/{id}", "roles:delete", "", this::deleteRole);
        route("GET", "/v1/identity/permission-groups", "permissions:read", "owner", this::listPermissionGroups);

        String userInc = "user,role,department";
        route("POST", "/v1/identity/account-users", "team:create", userInc, this::createUser);
        route("GET", "/v1/identity/account-users", "team:read", userInc, this::listUsers);
        route("GET", "/v1/identity/account-users/{id}", "team:read", userInc, this::getUser);
        route("PATCH", "/v1/identity/account-users/{id}", "team:update", userInc, this::updateUser);
        route(
                "PUT",
                "/v1/identity/account-users/{id}/actions/activate",
                "team:update",
                userInc,
                c -> setUserStatus(c, "active"));
        route(
                "PUT",
                "/v1/identity/account-users/{id}/actions/disable",
                "team:update",
                userInc,
                c -> setUserStatus(c, "disabled"));
        route(
                "PUT",
                "/v1/identity/account-users/{id}/actions/remove",
                "team:update",
                userInc,
                c -> setUserStatus(c, "removed"));
        route("PUT", "/v1/identity/accounts/{id}/favicon", "self:update", "", this::putFavicon);

        String logInc = "account,actor,actor.role,actor.role.permissions,query_params,request_body,response_body";
        addRoute(new Route(
                "GET",
                "/v1/core/request-logs",
                "request_logs:read",
                includeSet("account,actor,actor.role"),
                this::listLogs,
                false,
                false));
        addRoute(new Route(
                "GET",
                "/v1/core/request-logs/{id}",
                "request_logs:read",
                includeSet(logInc),
                this::getLog,
                false,
                false));
        String auditInc = "account,actor,changes,metadata,request";
        addRoute(new Route(
                "GET",
                "/v1/core/audit-events",
                "audit_events:read",
                includeSet(auditInc),
                this::listAudit,
                false,
                false));
        addRoute(new Route(
                "GET",
                "/v1/core/audit-events/resource-types",
                "audit_events:read",
                Set.of(),
                this::resourceTypes,
                false,
                false));
        addRoute(new Route(
                "GET",
                "/v1/core/audit-events/{id}",
                "audit_events:read",
                includeSet(auditInc),
                this::getAudit,
                false,
                false));

        Set<String> sbInc = includeSet("owner_account");
        addRoute(new Route("POST", "/v1/core/sandboxes", "sandboxes:create", sbInc, this::createSandbox, true, true));
        addRoute(new Route("GET", "/v1/core/sandboxes", "sandboxes:read", sbInc, this::listSandboxes, true, true));
        addRoute(new Route("GET", "/v1/core/sandboxes/{id}", "sandboxes:read", sbInc, this::getSandbox, true, true));
        addRoute(new Route(
                "DELETE", "/v1/core/sandboxes/{id}", "sandboxes:delete", Set.of(), this::deleteSandbox, true, true));

        String custInc = "bill_to_address,ship_to_address,type,parent_account,child_accounts,price_groups,contact_info,"
                + "freight_preferences,freight_preferences.carrier,freight_preferences.carrier.service_levels,"
                + "freight_preferences.service_level,defaults,defaults.payment_term,defaults.shipping_term,"
                + "defaults.sales_rep,defaults.sales_rep.user,defaults.priority,notification_preferences,credit_limit,"
                + "credit_limit.unit";
        route("POST", "/v1/sales/customers", "customers:create", custInc, this::createCustomer);
        route("GET", "/v1/sales/customers", "customers:read", custInc, this::listCustomers);
        route("GET", "/v1/sales/customers/{id}", "customers:read", custInc, this::getCustomer);
        route("PATCH", "/v1/sales/customers/{id}", "customers:update", custInc, this::updateCustomer);
        route("DELETE", "/v1/sales/customers/{id}", "customers:delete", "", this::deleteCustomer);

        String unitInc = "owner,owner.account";
        route("POST", "/v1/catalog/units", "units:create", unitInc, this::createUnit);
        route("GET", "/v1/catalog/units", "units:read", unitInc, this::listUnits);
        route("GET", "/v1/catalog/units/{id}", "units:read", unitInc, this::getUnit);
        route("PATCH", "/v1/catalog/units/{id}", "units:update", unitInc, this::updateUnit);
        route("DELETE", "/v1/catalog/units/{id}", "units:delete", "", this::deleteUnit);
    }

    // ------------------------------------------------------------------ API keys

    private Key visibleKey(Ctx ctx, String id) {
        Key k = keys.get(id);
        if (k == null || k.account != ctx.account()) {
            throw ApiError.notFound("API key", id);
        }
        return k;
    }

    private Role visibleRole(Ctx ctx, String id, String param) {
        Role r = roles.get(id);
        if (r == null || (r.owner != null && r.owner != ctx.account())) {
            if (param.isEmpty()) {
                throw ApiError.notFound("role", id);
            }
            throw new ApiError(404, "resource_not_found", "No role with id " + id + " exists.", param, false);
        }
        return r;
    }

    private Result createdKey(Key k, Set<String> inc, int status) {
        ObjectNode o = JSON.objectNode();
        o.put("object", "created_api_key");
        o.set("api_key_info", renderKey(k, inc));
        o.put("api_key_secret", k.secret);
        return new Result(status, o, true);
    }

    private Result createKey(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String roleId = requireString(ctx.body, "role_id");
        Instant expiresAt = optInstant(ctx.body, "expires_at");
        Role role = visibleRole(ctx, roleId, "role_id");
        Key k = newKey(ctx.account(), name, role, expiresAt, ctx.now);
        countCreation(ctx);
        ObjectNode f = renderKey(k, Set.of());
        audit(
                ctx,
                ctx.account(),
                "create",
                "api_key",
                k.id,
                created(f, "name", "redacted_value", "expires_at"),
                meta("role_id", role.id));
        return createdKey(k, ctx.includes, 201);
    }

    private Result listKeys(Ctx ctx) {
        Set<String> statuses = ctx.query.set("statuses");
        for (String s : statuses) {
            if (!Set.of("active", "expired", "revoked").contains(s)) {
                throw ApiError.invalid("statuses", "'" + s + "' is not one of active, expired, revoked");
            }
        }
        String q = ctx.query.one("q");
        Account acct = ctx.account();
        List<Key> list = newestFirst(
                keys.values(), k -> k.account == acct && anyOf(statuses, k.status(ctx.now)) && matchesQ(q, k.name));
        return ok(page(ctx, list, k -> renderKey(k, ctx.includes)));
    }

    private Result getKey(Ctx ctx) {
        return ok(renderKey(visibleKey(ctx, ctx.param(0)), ctx.includes));
    }

    private Result revokeKey(Ctx ctx) {
        Key k = visibleKey(ctx, ctx.param(0));
        if (!k.status(ctx.now).equals("revoked")) {
            JsonNode old = ts(k.revokedAt);
            k.revokedAt = ctx.now;
            k.updatedAt = ctx.now;
            audit(
                    ctx,
                    k.account,
                    "update",
                    "api_key",
                    k.id,
                    List.<JsonNode[]>of(new JsonNode[] {TextNode.valueOf("revoked_at"), old, ts(ctx.now)}),
                    meta("operation", "revoke"));
        }
        return ok(empty());
    }

    private Result rotateKey(Ctx ctx) {
        Key old = visibleKey(ctx, ctx.param(0));
        if (old.status(ctx.now).equals("revoked")) {
            throw ApiError.conflict("API key " + old.id + " is revoked and cannot be rotated.");
        }
        Instant expiresAt = ctx.body.has("expires_at") ? optInstant(ctx.body, "expires_at") : old.expiresAt;
        Instant revokeAt = optInstant(ctx.body, "revoke_at");
        if (revokeAt == null || revokeAt.isBefore(ctx.now)) {
            revokeAt = ctx.now;
        }
        if (revokeAt.isAfter(ctx.now.plus(MAX_REVOKE_WINDOW))) {
            throw ApiError.invalid("revoke_at", "it must be at most 30 days ahead");
        }
        Key replacement = newKey(old.account, old.name, old.role, expiresAt, ctx.now);
        countCreation(ctx);
        JsonNode before = ts(old.revokedAt);
        old.revokedAt = revokeAt;
        old.updatedAt = ctx.now;
        audit(
                ctx,
                old.account,
                "create",
                "api_key",
                replacement.id,
                created(renderKey(replacement, Set.of()), "name", "redacted_value", "expires_at"),
                meta("operation", "rotate", "replaces", old.id));
        audit(
                ctx,
                old.account,
                "update",
                "api_key",
                old.id,
                List.<JsonNode[]>of(new JsonNode[] {TextNode.valueOf("revoked_at"), before, ts(revokeAt)}),
                meta("operation", "rotate", "replacement_id", replacement.id));
        return createdKey(replacement, ctx.includes, 200);
    }

    // ------------------------------------------------------------------ roles and permissions

    private List<String> permissionList(ObjectNode body) {
        JsonNode n = body.get("permissions");
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw ApiError.invalid("permissions", "it must be an array of strings");
        }
        for (JsonNode p : n) {
            if (!p.isTextual()) {
                throw ApiError.invalid("permissions", "it must be an array of strings");
            }
            checkPermissionString(p.asText(), "permissions");
            out.add(p.asText());
        }
        return out;
    }

    private ObjectNode roleJson(Ctx ctx, Role r) {
        return renderRole(r, ctx.includes("permissions"), ctx.includes("owner"), ctx.includes("owner.account"));
    }

    private Result createRole(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        List<String> perms = permissionList(ctx.body);
        if (roleNameTaken(ctx.account(), name)) {
            throw ApiError.exists("name", "A role named '" + name + "' already exists.");
        }
        Role r = new Role(newId("rl"), nextSeq(), name, "user", ctx.account(), ctx.now);
        r.permissions.addAll(perms);
        roles.put(r.id, r);
        countCreation(ctx);
        audit(
                ctx,
                ctx.account(),
                "create",
                "role",
                r.id,
                created(renderRole(r, true, false, false), "name", "type", "permissions"),
                null);
        return created(roleJson(ctx, r));
    }

    private Result listRoles(Ctx ctx) {
        Set<String> types = ctx.query.set("types");
        String q = ctx.query.one("q");
        Account acct = ctx.account();
        List<Role> list = newestFirst(
                roles.values(),
                r -> (r.owner == null || r.owner == acct) && anyOf(types, r.type) && matchesQ(q, r.name));
        return ok(page(ctx, list, r -> roleJson(ctx, r)));
    }

    private Result getRole(Ctx ctx) {
        return ok(roleJson(ctx, visibleRole(ctx, ctx.param(0), "")));
    }

    private Role ownedRole(Ctx ctx) {
        Role r = visibleRole(ctx, ctx.param(0), "");
        if (r.owner == null) {
            throw ApiError.forbidden("System roles cannot be changed or deleted.");
        }
        return r;
    }

    private Result updateRole(Ctx ctx) {
        Role r = ownedRole(ctx);
        ObjectNode before = renderRole(r, true, false, false);
        String name = optString(ctx.body, "name");
        if (name != null && !name.equalsIgnoreCase(r.name) && roleNameTaken(ctx.account(), name)) {
            throw ApiError.exists("name", "A role named '" + name + "' already exists.");
        }
        if (ctx.body.has("permissions")) {
            List<String> perms = permissionList(ctx.body);
            r.permissions.clear();
            r.permissions.addAll(perms);
        }
        if (name != null) {
            r.name = name;
        }
        ObjectNode after = renderRole(r, true, false, false);
        List<JsonNode[]> changes = diff(before, after, "name", "permissions");
        if (!changes.isEmpty()) {
            r.updatedAt = ctx.now;
            audit(ctx, ctx.account(), "update", "role", r.id, changes, null);
        }
        return ok(roleJson(ctx, r));
    }

    private Result deleteRole(Ctx ctx) {
        Role r = ownedRole(ctx);
        for (Doc u : accountUsers.values()) {
            if (r.id.equals(u.roleId) && !u.text("status").equals("removed")) {
                throw ApiError.conflict("Users still hold the role " + r.id + "; move them to another role first.");
            }
        }
        roles.remove(r.id);
        audit(ctx, ctx.account(), "delete", "role", r.id, List.of(), null);
        return ok(empty());
    }

    private Result listPermissionGroups(Ctx ctx) {
        String q = ctx.query.one("q");
        List<PermissionCatalog.Group> groups = new ArrayList<>(PermissionCatalog.groups());
        groups.removeIf(g -> !matchesQ(q, g.code, g.name));
        Collections.reverse(groups);
        return ok(page(ctx, groups, g -> {
            ObjectNode o = JSON.objectNode();
            o.put("id", g.id)
                    .put("object", "permission_group")
                    .put("code", g.code)
                    .put("name", g.name)
                    .put("description", g.description);
            o.set("owner", ctx.includes("owner") ? renderOwner(null, false) : NullNode.getInstance());
            List<ObjectNode> perms = new ArrayList<>();
            for (String code : g.codes) {
                ObjectNode p = JSON.objectNode();
                p.put("id", "perm_" + code)
                        .put("object", "permission")
                        .put("code", code)
                        .put("group", g.code);
                p.put("name", PermissionCatalog.title(code))
                        .put("description", "Access to " + code.replace('_', ' ') + ".");
                p.set("created_at", ts(Instant.EPOCH));
                p.set("updated_at", ts(Instant.EPOCH));
                perms.add(p);
            }
            o.set("permissions", nestedList(perms));
            o.set("created_at", ts(Instant.EPOCH));
            o.set("updated_at", ts(Instant.EPOCH));
            return o;
        }));
    }

    // ------------------------------------------------------------------ account users

    private Doc visibleUser(Ctx ctx) {
        Doc d = accountUsers.get(ctx.param(0));
        if (d == null || d.account != ctx.account()) {
            throw ApiError.notFound("account user", ctx.param(0));
        }
        return d;
    }

    /**
     * Renders an account user in the preview.3 shape: the person's own fields (name, email,
     * username, image) sit in {@code user} (expanded with {@code include=user}), not at the top.
     */
    private ObjectNode userJson(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        ObjectNode user = JSON.objectNode();
        user.put("id", d.text("user_id")).put("object", "user");
        for (String f : List.of("name", "email", "username", "image_url")) {
            user.set(f, o.remove(f));
        }
        o.remove("user_id");
        user.set("email_verified_at", NullNode.getInstance());
        user.set("created_at", d.fields.get("created_at"));
        user.set("updated_at", d.fields.get("updated_at"));
        o.set("user", ctx.includes("user") ? user : NullNode.getInstance());
        Role r = d.roleId == null ? null : roles.get(d.roleId);
        o.set("role", ctx.includes("role") && r != null ? renderRole(r, true, false, false) : NullNode.getInstance());
        o.set("department", NullNode.getInstance());
        return o;
    }

    private Result createUser(Ctx ctx) {
        String email = requireString(ctx.body, "email");
        String roleId = optString(ctx.body, "role_id");
        if (roleId != null) {
            visibleRole(ctx, roleId, "role_id");
        }
        for (Doc u : accountUsers.values()) {
            if (u.account == ctx.account() && u.text("email").equalsIgnoreCase(email)) {
                throw ApiError.exists("email", "An account user with this email already exists.");
            }
        }
        Doc d = new Doc(newId("acus"), nextSeq(), ctx.account(), JSON.objectNode(), ctx.now);
        d.fields.put("id", d.id).put("object", "account_user");
        d.fields
                .put("name", optString(ctx.body, "name"))
                .put("email", email)
                .put("username", optString(ctx.body, "username"));
        d.fields.set("image_url", NullNode.getInstance());
        d.fields.put("user_id", newId("us"));
        d.fields.put(
                "is_commission_eligible",
                ctx.body.path("is_commission_eligible").asBoolean(false));
        d.fields.put("status", "active");
        d.fields.set("last_used_at", NullNode.getInstance());
        d.fields.set("created_at", ts(ctx.now));
        d.fields.set("updated_at", ts(ctx.now));
        d.roleId = roleId;
        accountUsers.put(d.id, d);
        countCreation(ctx);
        audit(
                ctx,
                ctx.account(),
                "create",
                "account_user",
                d.id,
                created(d.fields, "name", "email", "status"),
                roleId == null ? null : meta("role_id", roleId));
        return created(userJson(ctx, d));
    }

    private Result listUsers(Ctx ctx) {
        String q = ctx.query.one("q");
        String roleType = ctx.query.one("role_type");
        // Removed users are left out unless removed_scope=included (preview.3).
        boolean withRemoved = "included".equals(ctx.query.one("removed_scope"));
        String commission = ctx.query.one("is_commission_eligible");
        Account acct = ctx.account();
        List<Doc> list = newestFirst(accountUsers.values(), d -> {
            if (d.account != acct || !matchesQ(q, d.text("name"), d.text("email"))) {
                return false;
            }
            if (!withRemoved && "removed".equals(d.text("status"))) {
                return false;
            }
            if (commission != null
                    && d.fields.path("is_commission_eligible").asBoolean(false) != Boolean.parseBoolean(commission)) {
                return false;
            }
            if (roleType == null) {
                return true;
            }
            Role r = d.roleId == null ? null : roles.get(d.roleId);
            return r != null && r.type.equals(roleType);
        });
        return ok(page(ctx, list, d -> userJson(ctx, d)));
    }

    private Result getUser(Ctx ctx) {
        return ok(userJson(ctx, visibleUser(ctx)));
    }

    private Result updateUser(Ctx ctx) {
        Doc d = visibleUser(ctx);
        ObjectNode before = d.fields.deepCopy();
        before.put("role_id", d.roleId);
        for (String f : List.of("name", "email", "username")) {
            String v = optString(ctx.body, f);
            if (v != null) {
                d.fields.put(f, v);
            }
        }
        if (ctx.body.has("is_commission_eligible")) {
            d.fields.put(
                    "is_commission_eligible",
                    ctx.body.path("is_commission_eligible").asBoolean());
        }
        if (ctx.body.has("role_id")) {
            String roleId = optString(ctx.body, "role_id");
            if (roleId != null) {
                visibleRole(ctx, roleId, "role_id");
            }
            d.roleId = roleId;
        }
        ObjectNode after = d.fields.deepCopy();
        after.put("role_id", d.roleId);
        List<JsonNode[]> changes = diff(before, after, "name", "email", "username", "role_id");
        if (!changes.isEmpty()) {
            d.fields.set("updated_at", ts(ctx.now));
            audit(ctx, ctx.account(), "update", "account_user", d.id, changes, null);
        }
        return ok(userJson(ctx, d));
    }

    private Result setUserStatus(Ctx ctx, String status) {
        Doc d = visibleUser(ctx);
        String old = d.text("status");
        if (!old.equals(status)) {
            d.fields.put("status", status);
            d.fields.set("updated_at", ts(ctx.now));
            audit(
                    ctx,
                    ctx.account(),
                    "update",
                    "account_user",
                    d.id,
                    List.<JsonNode[]>of(
                            new JsonNode[] {TextNode.valueOf("status"), TextNode.valueOf(old), TextNode.valueOf(status)
                            }),
                    null);
        }
        return ok(userJson(ctx, d));
    }

    private Result putFavicon(Ctx ctx) {
        if (!ctx.param(0).equals(ctx.account().id)) {
            throw ApiError.notFound("account", ctx.param(0));
        }
        return ok(empty());
    }

    // ------------------------------------------------------------------ request logs and audit events

    private boolean logVisible(Ctx ctx, RequestLog l) {
        return l.account == ctx.account();
    }

    private ObjectNode logJson(RequestLog l, Set<String> inc) {
        ObjectNode o = JSON.objectNode();
        o.put("id", l.id).put("object", "request_log");
        o.set(
                "account",
                inc.contains("account") && l.account != null ? renderAccount(l.account) : NullNode.getInstance());
        Key a = l.actor;
        boolean actor = inc.contains("actor") || inc.contains("actor.role") || inc.contains("actor.role.permissions");
        o.set(
                "actor",
                actor && a != null
                        ? renderActor(a, inc.contains("actor.role"), inc.contains("actor.role.permissions"))
                        : NullNode.getInstance());
        o.put("method", l.method).put("host", l.host).put("path", l.path).put("normalized_route", l.route);
        o.put("status_code", l.status).put("latency_us", l.latencyUs);
        o.put("api_version", l.apiVersion)
                .put("client_ip", l.clientIp)
                .put("user_agent", l.userAgent)
                .put("referrer", l.referrer);
        o.put("idempotency_key", l.idempotencyKey)
                .put("error_code", l.errorCode)
                .put("error_message", l.errorMessage);
        o.set(
                "query_params",
                inc.contains("query_params") && l.queryParams != null ? l.queryParams : NullNode.getInstance());
        o.set(
                "request_body",
                inc.contains("request_body") && l.requestBody != null ? l.requestBody : NullNode.getInstance());
        o.set(
                "response_body",
                inc.contains("response_body") && l.responseBody != null ? l.responseBody : NullNode.getInstance());
        o.set("occurred_at", ts(l.occurredAt));
        o.set("created_at", ts(l.createdAt));
        return o;
    }

    private static String routePattern(String route) {
        return route.replaceAll("\\{[^}]*}", "{}");
    }

    private Result listLogs(Ctx ctx) {
        Query q = ctx.query;
        String text = q.one("q");
        Instant from = q.instant("starts_at");
        Instant to = q.instant("ends_at");
        Set<String> actorIds = q.set("actor_ids");
        Set<String> actorTypes = q.set("actor_types");
        Set<String> actorAccounts = q.set("actor_account_ids");
        Set<String> targetAccounts = q.set("target_account_ids");
        Set<Integer> statusCodes = new LinkedHashSet<>();
        Set<Integer> classes = new LinkedHashSet<>();
        try {
            q.list("status_codes").forEach(s -> statusCodes.add(Integer.parseInt(s)));
            q.list("status_code_classes").forEach(s -> classes.add(Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            throw new ApiError(
                    400,
                    "invalid_format",
                    "status_codes and status_code_classes take integers.",
                    "status_codes",
                    false);
        }
        Set<String> errorCodes = q.set("error_codes");
        Set<String> excluded = q.set("exclude_error_codes");
        String idem = q.one("idempotency_key");
        Long minLatency = q.longValue("min_latency_us");
        Set<String> hosts = q.set("hosts");
        Set<String> methods = q.set("methods");
        Set<String> routesWanted = new LinkedHashSet<>();
        q.list("normalized_routes").forEach(r -> routesWanted.add(routePattern(r)));
        List<RequestLog> list = newestFirst(requestLogs.values(), l -> {
            if (!l.listed || !logVisible(ctx, l)) {
                return false;
            }
            if (text != null
                    && !text.equals(l.id)
                    && !matchesQ(text, l.path, l.route, l.errorMessage == null ? "" : l.errorMessage)) {
                return false;
            }
            String actorId = l.actor == null ? null : l.actor.id;
            String actorType = l.actor == null ? null : "api_key";
            String accountId = l.account == null ? null : l.account.id;
            boolean statusOk = (statusCodes.isEmpty() && classes.isEmpty())
                    || statusCodes.contains(l.status)
                    || classes.contains(l.status / 100);
            return inWindow(l.occurredAt, from, to)
                    && anyOf(actorIds, actorId)
                    && anyOf(actorTypes, actorType)
                    && anyOf(actorAccounts, accountId)
                    && anyOf(targetAccounts, accountId)
                    && statusOk
                    && anyOf(errorCodes, l.errorCode)
                    && (l.errorCode == null || !excluded.contains(l.errorCode))
                    && (idem == null || idem.equals(l.idempotencyKey))
                    && (minLatency == null || l.latencyUs >= minLatency)
                    && anyOf(hosts, l.host)
                    && anyOf(methods, l.method)
                    && anyOf(routesWanted, routePattern(l.route));
        });
        return ok(page(ctx, list, l -> logJson(l, ctx.includes)));
    }

    private Result getLog(Ctx ctx) {
        RequestLog l = requestLogs.get(ctx.param(0));
        if (l == null || !logVisible(ctx, l)) {
            throw ApiError.notFound("request log", ctx.param(0));
        }
        return ok(logJson(l, ctx.includes));
    }

    private ObjectNode auditJson(AuditEvent e, Set<String> inc) {
        ObjectNode o = JSON.objectNode();
        o.put("id", e.id).put("object", "audit_event");
        o.set("account", inc.contains("account") ? renderAccount(e.account) : NullNode.getInstance());
        o.put("action", e.action);
        o.set(
                "actor",
                inc.contains("actor") && e.actor != null ? renderActor(e.actor, false, false) : NullNode.getInstance());
        o.put("resource_type", e.resourceType).put("resource_id", e.resourceId);
        if (inc.contains("changes")) {
            List<ObjectNode> changes = new ArrayList<>();
            for (JsonNode[] c : e.changes) {
                ObjectNode ch = JSON.objectNode();
                ch.put("object", "audit_field_change").put("field", c[0].asText());
                ch.set("old_value", c[1]);
                ch.set("new_value", c[2]);
                changes.add(ch);
            }
            o.set("changes", nestedList(changes));
        } else {
            o.set("changes", NullNode.getInstance());
        }
        o.set("metadata", inc.contains("metadata") && e.metadata != null ? e.metadata : NullNode.getInstance());
        RequestLog req = requestLogs.get(e.requestLogId);
        o.set("request", inc.contains("request") && req != null ? logJson(req, Set.of()) : NullNode.getInstance());
        o.put("idempotency_key", e.idempotencyKey).put("source_ip", e.sourceIp);
        o.set("occurred_at", ts(e.occurredAt));
        o.set("created_at", ts(e.occurredAt));
        return o;
    }

    private Result listAudit(Ctx ctx) {
        Query q = ctx.query;
        String text = q.one("q");
        Instant from = q.instant("starts_at");
        Instant to = q.instant("ends_at");
        Set<String> actions = q.set("actions");
        Set<String> actorIds = q.set("actor_ids");
        Set<String> actorTypes = q.set("actor_types");
        Set<String> actorAccounts = q.set("actor_account_ids");
        Set<String> targetAccounts = q.set("target_account_ids");
        Set<String> resourceIds = q.set("resource_ids");
        Set<String> resourceTypes = q.set("resource_types");
        String rootType = q.one("root_resource_type");
        String rootId = q.one("root_resource_id");
        Account acct = ctx.account();
        List<AuditEvent> list = newestFirst(auditEvents.values(), e -> {
            String actorId = e.actor == null ? null : e.actor.id;
            String actorAccount = e.actor == null ? null : e.actor.account.id;
            return e.account == acct
                    && (text == null || matchesQ(text, e.resourceType, e.action, e.resourceId, e.requestLogId))
                    && inWindow(e.occurredAt, from, to)
                    && anyOf(actions, e.action)
                    && anyOf(actorIds, actorId)
                    && anyOf(actorTypes, e.actor == null ? null : "api_key")
                    && anyOf(actorAccounts, actorAccount)
                    && anyOf(targetAccounts, e.account.id)
                    && anyOf(resourceIds, e.resourceId)
                    && anyOf(resourceTypes, e.resourceType)
                    && (rootType == null
                            || rootId == null
                            || (rootType.equals(e.resourceType) && rootId.equals(e.resourceId)));
        });
        return ok(page(ctx, list, e -> auditJson(e, ctx.includes)));
    }

    private Result getAudit(Ctx ctx) {
        AuditEvent e = auditEvents.get(ctx.param(0));
        if (e == null || e.account != ctx.account()) {
            throw ApiError.notFound("audit event", ctx.param(0));
        }
        return ok(auditJson(e, ctx.includes));
    }

    private Result resourceTypes(Ctx ctx) {
        ObjectNode o = JSON.objectNode();
        o.put("object", "list");
        ArrayNode d = o.putArray("data");
        for (String t : PermissionCatalog.RESOURCE_TYPES) {
            d.add(t);
        }
        ObjectNode pi = o.putObject("page_info");
        pi.put("has_next_page", false).put("has_prev_page", false);
        pi.set("next_page_url", NullNode.getInstance());
        pi.set("previous_page_url", NullNode.getInstance());
        return ok(o);
    }

    // ------------------------------------------------------------------ sandboxes

    private ObjectNode sandboxJson(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        o.set(
                "owner_account",
                ctx.includes("owner_account") && d.account != null ? renderAccount(d.account) : NullNode.getInstance());
        return o;
    }

    private Doc visibleSandbox(Ctx ctx, boolean allowDeleted) {
        Doc d = sandboxes.get(ctx.param(0));
        if (d == null || d.account != ctx.account() || (d.deleted && !allowDeleted)) {
            throw ApiError.notFound("sandbox", ctx.param(0));
        }
        return d;
    }

    private Result createSandbox(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String mode = optEnum(ctx.body, "mode", "blank", Set.of("blank", "seeded"));
        Account acct = newAccount(name, true, ctx.account(), ctx.now);
        Doc d = new Doc(newId("sbac"), nextSeq(), ctx.account(), JSON.objectNode(), ctx.now);
        d.fields.put("id", d.id).put("object", "sandbox").put("name", name);
        d.fields.set("created_at", ts(ctx.now));
        d.fields.set("updated_at", ts(ctx.now));
        d.sandboxAccount = acct;
        sandboxes.put(d.id, d);
        countCreation(ctx);
        audit(ctx, ctx.account(), "create", "sandbox", d.id, created(d.fields, "name"), meta("mode", mode));
        return created(sandboxJson(ctx, d));
    }

    private Result listSandboxes(Ctx ctx) {
        String q = ctx.query.one("q");
        Account acct = ctx.account();
        List<Doc> list =
                newestFirst(sandboxes.values(), d -> d.account == acct && !d.deleted && matchesQ(q, d.text("name")));
        return ok(page(ctx, list, d -> sandboxJson(ctx, d)));
    }

    private Result getSandbox(Ctx ctx) {
        return ok(sandboxJson(ctx, visibleSandbox(ctx, false)));
    }

    private Result deleteSandbox(Ctx ctx) {
        Doc d = visibleSandbox(ctx, true);
        if (d.deleted) {
            throw new ApiError(410, "resource_gone", "Sandbox " + d.id + " is already deleted.", null, false);
        }
        d.deleted = true;
        if (d.sandboxAccount != null) {
            d.sandboxAccount.deleted = true;
        }
        audit(ctx, ctx.account(), "delete", "sandbox", d.id, List.of(), null);
        return new Result(202, empty(), false);
    }

    // ------------------------------------------------------------------ customers

    private static final Set<String> CUSTOMER_STATUS = Set.of("normal", "preferred", "hold_shipment", "hold_all");
    private static final Set<String> EDI = Set.of("enabled", "disabled");
    private static final Set<String> COMMISSION = Set.of("commission_applied", "commission_exempt");
    private static final String[] CUSTOMER_FIELDS = {
        "name", "number", "note", "status", "edi_status", "commission_policy"
    };

    private Doc visibleCustomer(Ctx ctx) {
        Doc d = customers.get(ctx.param(0));
        if (d == null || d.account != ctx.account()) {
            throw ApiError.notFound("customer", ctx.param(0));
        }
        return d;
    }

    private ObjectNode customerJson(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        for (String e : List.of(
                "bill_to_address",
                "ship_to_address",
                "type",
                "parent_account",
                "child_accounts",
                "price_groups",
                "freight_preferences",
                "defaults",
                "notification_preferences",
                "credit_limit")) {
            o.set(e, NullNode.getInstance());
        }
        o.set(
                "contact_info",
                ctx.includes("contact_info") && d.contactInfo != null ? d.contactInfo : NullNode.getInstance());
        return o;
    }

    private void checkNumberFree(Ctx ctx, String number, @Nullable String exceptId) {
        for (Doc c : customers.values()) {
            if (c.account == ctx.account() && c.text("number").equals(number) && !c.id.equals(exceptId)) {
                throw ApiError.exists("number", "A customer with number " + number + " already exists.");
            }
        }
    }

    private Result createCustomer(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String number = optString(ctx.body, "number");
        if (number == null) {
            int n = customerNumbers.merge(ctx.account().id, 1, Integer::sum);
            number = String.format(Locale.ROOT, "C-%05d", n);
        }
        checkNumberFree(ctx, number, null);
        Doc d = new Doc(newId("ac"), nextSeq(), ctx.account(), JSON.objectNode(), ctx.now);
        ObjectNode f = d.fields;
        f.put("id", d.id)
                .put("object", "customer")
                .put("name", name)
                .put("number", number)
                .put("note", optString(ctx.body, "note"));
        f.put("status", optEnum(ctx.body, "status", "normal", CUSTOMER_STATUS));
        f.put("edi_status", optEnum(ctx.body, "edi_status", "disabled", EDI));
        f.put("commission_policy", optEnum(ctx.body, "commission_policy", "commission_applied", COMMISSION));
        f.put("relationship_type", "standalone");
        f.set("created_at", ts(ctx.now));
        f.set("updated_at", ts(ctx.now));
        ObjectNode contact = JSON.objectNode();
        contact.put("object", "customer_contact_info");
        contact.put("email", optString(ctx.body, "email"))
                .put("phone", optString(ctx.body, "phone"))
                .put("url", optString(ctx.body, "url"));
        d.contactInfo = contact;
        customers.put(d.id, d);
        countCreation(ctx);
        audit(ctx, ctx.account(), "create", "customer", d.id, created(f, CUSTOMER_FIELDS), null);
        return created(customerJson(ctx, d));
    }

    private Result listCustomers(Ctx ctx) {
        Query q = ctx.query;
        String text = q.one("q");
        Instant from = q.instant("starts_at");
        Instant to = q.instant("ends_at");
        Set<String> statuses = q.set("status_codes");
        Set<String> commission = q.set("commission_status_codes");
        Account acct = ctx.account();
        List<Doc> list = newestFirst(
                customers.values(),
                d -> d.account == acct
                        && matchesQ(text, d.text("name"), d.text("number"))
                        && inWindow(d.createdAt, from, to)
                        && anyOf(statuses, d.text("status"))
                        && anyOf(commission, d.text("commission_policy")));
        return ok(page(ctx, list, d -> customerJson(ctx, d)));
    }

    private Result getCustomer(Ctx ctx) {
        return ok(customerJson(ctx, visibleCustomer(ctx)));
    }

    private Result updateCustomer(Ctx ctx) {
        Doc d = visibleCustomer(ctx);
        ObjectNode before = d.fields.deepCopy();
        ObjectNode f = d.fields;
        String name = optString(ctx.body, "name");
        if (name != null) {
            if (name.isBlank()) {
                throw ApiError.invalid("name", "it must not be blank");
            }
            f.put("name", name);
        }
        String number = optString(ctx.body, "number");
        if (number != null) {
            checkNumberFree(ctx, number, d.id);
            f.put("number", number);
        }
        if (ctx.body.has("note")) {
            f.put("note", optString(ctx.body, "note"));
        }
        if (ctx.body.has("status")) {
            f.put("status", optEnum(ctx.body, "status", f.get("status").asText(), CUSTOMER_STATUS));
        }
        if (ctx.body.has("edi_status")) {
            f.put(
                    "edi_status",
                    optEnum(ctx.body, "edi_status", f.get("edi_status").asText(), EDI));
        }
        if (ctx.body.has("commission_policy")) {
            f.put(
                    "commission_policy",
                    optEnum(
                            ctx.body,
                            "commission_policy",
                            f.get("commission_policy").asText(),
                            COMMISSION));
        }
        ObjectNode contact = d.contactInfo;
        if (contact != null) {
            for (String c : List.of("email", "phone", "url")) {
                if (ctx.body.has(c)) {
                    contact.put(c, optString(ctx.body, c));
                }
            }
        }
        List<JsonNode[]> changes = diff(before, f, CUSTOMER_FIELDS);
        if (!changes.isEmpty()) {
            f.set("updated_at", ts(ctx.now));
            audit(ctx, ctx.account(), "update", "customer", d.id, changes, null);
        }
        return ok(customerJson(ctx, d));
    }

    private Result deleteCustomer(Ctx ctx) {
        Doc d = visibleCustomer(ctx);
        customers.remove(d.id);
        audit(ctx, ctx.account(), "delete", "customer", d.id, List.of(), null);
        return ok(empty());
    }

    // ------------------------------------------------------------------ units

    private static final Set<String> UNIT_TYPES =
            Set.of("currency", "quantity", "time", "mass", "volume", "length", "temperature", "area");
    private static final String[] UNIT_FIELDS = {
        "name", "abbreviation", "type", "ratio_numerator", "ratio_denominator", "offset_numerator", "offset_denominator"
    };

    private void seedUnits(Instant now) {
        String[][] seed = {
            {"Each", "ea", "quantity", "true", "1", "1"},
            {"Dozen", "dz", "quantity", "false", "12", "1"},
            {"Gram", "g", "mass", "true", "1", "1"},
            {"Kilogram", "kg", "mass", "false", "1000", "1"},
            {"Meter", "m", "length", "true", "1", "1"},
            {"Millimeter", "mm", "length", "false", "1", "1000"},
            {"Liter", "L", "volume", "true", "1", "1"},
            {"Second", "s", "time", "true", "1", "1"},
            {"Hour", "h", "time", "false", "3600", "1"},
            {"US Dollar", "USD", "currency", "true", "1", "1"},
        };
        for (String[] s : seed) {
            Doc d = new Doc(newId("un"), nextSeq(), null, JSON.objectNode(), now);
            d.fields
                    .put("id", d.id)
                    .put("object", "unit")
                    .put("name", s[0])
                    .put("abbreviation", s[1])
                    .put("type", s[2]);
            d.fields.put("is_base_unit", Boolean.parseBoolean(s[3]));
            d.fields
                    .put("ratio_numerator", s[4])
                    .put("ratio_denominator", s[5])
                    .put("offset_numerator", "0")
                    .put("offset_denominator", "1");
            d.fields.set("created_at", ts(now));
            d.fields.set("updated_at", ts(now));
            units.put(d.id, d);
        }
    }

    private ObjectNode unitJson(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        boolean ownerAccount = ctx.includes("owner.account");
        o.set(
                "owner",
                ctx.includes("owner") || ownerAccount ? renderOwner(d.account, ownerAccount) : NullNode.getInstance());
        return o;
    }

    private Doc visibleUnit(Ctx ctx) {
        Doc d = units.get(ctx.param(0));
        if (d == null || (d.account != null && d.account != ctx.account())) {
            throw ApiError.notFound("unit", ctx.param(0));
        }
        return d;
    }

    private static String decimal(ObjectNode body, String field, boolean required, boolean nonZero) {
        String v = required ? requireString(body, field) : optString(body, field);
        if (v == null) {
            return "";
        }
        java.math.BigDecimal n;
        try {
            n = new java.math.BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "invalid_format", field + " must be a decimal string.", field, false);
        }
        if (nonZero && n.signum() == 0) {
            throw ApiError.invalid(field, "it must not be zero");
        }
        return v;
    }

    private void checkUnitNames(
            Ctx ctx, @Nullable String name, @Nullable String abbreviation, @Nullable String exceptId) {
        for (Doc u : units.values()) {
            if ((u.account == null || u.account == ctx.account()) && !u.id.equals(exceptId)) {
                if (name != null && u.text("name").equalsIgnoreCase(name)) {
                    throw ApiError.exists("name", "A unit named '" + name + "' already exists.");
                }
                if (abbreviation != null && u.text("abbreviation").equals(abbreviation)) {
                    throw ApiError.exists("abbreviation", "A unit abbreviated '" + abbreviation + "' already exists.");
                }
            }
        }
    }

    private Result createUnit(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String abbreviation = requireString(ctx.body, "abbreviation");
        String type = requireString(ctx.body, "type");
        if (!UNIT_TYPES.contains(type)) {
            throw ApiError.invalid("type", "'" + type + "' is not one of " + new java.util.TreeSet<>(UNIT_TYPES));
        }
        String rn = decimal(ctx.body, "ratio_numerator", true, false);
        String rd = decimal(ctx.body, "ratio_denominator", true, true);
        String on = decimal(ctx.body, "offset_numerator", true, false);
        String od = decimal(ctx.body, "offset_denominator", true, true);
        checkUnitNames(ctx, name, abbreviation, null);
        Doc d = new Doc(newId("un"), nextSeq(), ctx.account(), JSON.objectNode(), ctx.now);
        d.fields
                .put("id", d.id)
                .put("object", "unit")
                .put("name", name)
                .put("abbreviation", abbreviation)
                .put("type", type);
        d.fields.put("is_base_unit", false);
        d.fields
                .put("ratio_numerator", rn)
                .put("ratio_denominator", rd)
                .put("offset_numerator", on)
                .put("offset_denominator", od);
        d.fields.set("created_at", ts(ctx.now));
        d.fields.set("updated_at", ts(ctx.now));
        units.put(d.id, d);
        countCreation(ctx);
        audit(ctx, ctx.account(), "create", "unit", d.id, created(d.fields, UNIT_FIELDS), null);
        return created(unitJson(ctx, d));
    }

    private Result listUnits(Ctx ctx) {
        String text = ctx.query.one("q");
        String type = ctx.query.one("type");
        boolean groupFilter = !ctx.query.list("unit_group_ids").isEmpty();
        Account acct = ctx.account();
        List<Doc> list = newestFirst(
                units.values(),
                d -> (d.account == null || d.account == acct)
                        && !groupFilter // the fake has no unit groups
                        && (type == null || type.equals(d.text("type")))
                        && matchesQ(text, d.text("name"), d.text("abbreviation")));
        return ok(page(ctx, list, d -> unitJson(ctx, d)));
    }

    private Result getUnit(Ctx ctx) {
        return ok(unitJson(ctx, visibleUnit(ctx)));
    }

    private Doc ownedUnit(Ctx ctx) {
        Doc d = visibleUnit(ctx);
        if (d.account == null) {
            throw ApiError.forbidden("System units cannot be changed or deleted.");
        }
        return d;
    }

    private Result updateUnit(Ctx ctx) {
        Doc d = ownedUnit(ctx);
        if (ctx.body.has("type")) {
            throw new ApiError(400, "parameter_unknown", "A unit's type cannot be changed.", "type", false);
        }
        String name = optString(ctx.body, "name");
        String abbreviation = optString(ctx.body, "abbreviation");
        checkUnitNames(ctx, name, abbreviation, d.id);
        ObjectNode before = d.fields.deepCopy();
        if (name != null) {
            d.fields.put("name", name);
        }
        if (abbreviation != null) {
            d.fields.put("abbreviation", abbreviation);
        }
        for (String f : List.of("ratio_numerator", "ratio_denominator", "offset_numerator", "offset_denominator")) {
            String v = decimal(ctx.body, f, false, f.endsWith("denominator"));
            if (!v.isEmpty()) {
                d.fields.put(f, v);
            }
        }
        List<JsonNode[]> changes = diff(before, d.fields, UNIT_FIELDS);
        if (!changes.isEmpty()) {
            d.fields.set("updated_at", ts(ctx.now));
            audit(ctx, ctx.account(), "update", "unit", d.id, changes, null);
        }
        return ok(unitJson(ctx, d));
    }

    private Result deleteUnit(Ctx ctx) {
        Doc d = ownedUnit(ctx);
        units.remove(d.id);
        audit(ctx, ctx.account(), "delete", "unit", d.id, List.of(), null);
        return ok(empty());
    }
}
