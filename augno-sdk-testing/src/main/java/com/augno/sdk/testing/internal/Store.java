package com.augno.sdk.testing.internal;

import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.AuditEvent;
import com.augno.sdk.testing.internal.Model.Doc;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.RequestLog;
import com.augno.sdk.testing.internal.Model.Role;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fake's in-memory records: accounts, roles, keys, the plain resources, request logs and audit
 * events, with id and sequence generation. Guarded by the engine's lock (except the mint
 * listeners).
 */
final class Store {
    private static final SecureRandom SECURE_RANDOM = new SecureRandom();
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final int maxRequestLogs;
    private long seq;

    final Map<String, Account> accounts = new LinkedHashMap<>();
    final Map<String, Role> roles = new LinkedHashMap<>();
    final Map<String, Key> keys = new LinkedHashMap<>();
    final Map<String, Key> keysBySecret = new HashMap<>();
    final Map<String, Doc> customers = new LinkedHashMap<>();
    final Map<String, Doc> units = new LinkedHashMap<>();
    final Map<String, Doc> sandboxes = new LinkedHashMap<>();
    final Map<String, Doc> accountUsers = new LinkedHashMap<>();
    final Map<String, RequestLog> requestLogs = new LinkedHashMap<>();
    final Map<String, AuditEvent> auditEvents = new LinkedHashMap<>();
    final Map<String, Integer> customerNumbers = new HashMap<>();
    /** The ids of deleted resources and their accounts: asking for one again is {@code 410}. */
    private final Map<String, Account> tombstones = new HashMap<>();

    final Account production;
    final Account sandbox;
    final Role adminRole;

    private final CopyOnWriteArrayList<Consumer<String>> mintListeners = new CopyOnWriteArrayList<>();
    private final List<String> mintedSecrets = new ArrayList<>();
    /** The brand of the keys minted from now on ({@code mrp_sk_} unless a test picks another). */
    private volatile String keyBrand = KeyMode.brands().get(0);

    /** Creates the world: a production account, its default sandbox and the system roles. */
    Store(int maxRequestLogs, Instant now) {
        this.maxRequestLogs = maxRequestLogs;
        this.production = newAccount("Fake Manufacturing Co", false, null, now);
        this.sandbox = newAccount("Fake Manufacturing Co (sandbox)", true, production, now);
        Doc sb = new Doc(newId("sbac"), nextSeq(), production, Json.object(), now);
        sb.fields.put("id", sb.id).put("object", "sandbox").put("name", "Default sandbox");
        sb.fields.set("created_at", Json.ts(now));
        sb.fields.set("updated_at", Json.ts(now));
        sb.sandboxAccount = sandbox;
        sandboxes.put(sb.id, sb);
        this.adminRole = new Role(newId("rl"), nextSeq(), "Admin", "admin", null, now);
        roles.put(adminRole.id, adminRole);
        Role salesRep = new Role(newId("rl"), nextSeq(), "Sales Rep", "sales_rep", null, now);
        salesRep.permissions.addAll(List.of("customers:read", "sales_orders:read", "sales_orders:create"));
        roles.put(salesRep.id, salesRep);
    }

    long nextSeq() {
        return ++seq;
    }

    static String newId(String prefix) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ID_ALPHABET.charAt(r.nextInt(ID_ALPHABET.length()));
        }
        return prefix + "_" + new String(c);
    }

    Account newAccount(String name, boolean isSandbox, @Nullable Account owner, Instant now) {
        Account a = new Account(newId("ac"), nextSeq(), name, isSandbox, owner, now);
        accounts.put(a.id, a);
        return a;
    }

    void keyBrand(String brand) {
        if (!brand.matches("[a-z]{2,10}_sk_")) {
            throw new IllegalArgumentException("a key brand looks like mrp_sk_ or aug_sk_: " + brand);
        }
        this.keyBrand = brand;
    }

    /** Mints a key of the current brand and tells the mint listeners. */
    Key newKey(Account account, String name, Role role, @Nullable Instant expiresAt, Instant now) {
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

    void onKeyMinted(Consumer<String> listener) {
        for (String s : mintedSecrets) {
            listener.accept(s);
        }
        mintListeners.add(listener);
    }

    boolean roleNameTaken(Account account, String name) {
        for (Role r : roles.values()) {
            if ((r.owner == null || r.owner == account) && r.name.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Remembers that a resource of {@code account} was deleted. */
    void bury(String id, Account account) {
        tombstones.put(id, account);
    }

    /**
     * The error for a resource the request cannot find: {@code 410 resource_gone} when the
     * request's account deleted it, else {@code 404 resource_not_found}.
     */
    ApiError missing(Ctx ctx, String what, String id) {
        if (tombstones.get(id) == ctx.account()) {
            return ApiError.gone(what, id);
        }
        return ApiError.notFound(what, id);
    }

    /** Keeps a request log, dropping the oldest beyond the configured maximum. */
    void addRequestLog(RequestLog log) {
        requestLogs.put(log.id, log);
        if (requestLogs.size() > maxRequestLogs) {
            Iterator<String> it = requestLogs.keySet().iterator();
            it.next();
            it.remove();
        }
    }
}
