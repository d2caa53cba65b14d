package com.augno.sdk.secrets.vault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A small, stateful Vault on WireMock: the KV version 2 data endpoints ({@code GET/POST
 * /v1/<mount>/data/<path>} with {@code ?version=} and {@code options.cas}), Kubernetes and AppRole
 * logins, {@code auth/token/renew-self} (leases capped by a maximum TTL), and {@code
 * sys/capabilities-self}. Tokens expire by the test's clock; a missing, unknown or expired token gets
 * 403 {@code permission denied}, as from Vault. Secrets live per namespace ({@code
 * X-Vault-Namespace}). It can be sealed (503 {@code Vault is sealed} on every call). Replies follow
 * Vault's JSON shapes ({@code {"errors": [...]}} on failure). Tests add higher-priority stubs for
 * other faults. Public, and shipped in this module's test jar, for the CLI's tests.
 */
public final class FakeVault implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-vault";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROOT = "";

    /** A token, its lease and the capabilities its policies grant on every path. */
    private static final class TokenInfo {
        final Set<String> capabilities;
        final @Nullable Instant expiresAt;
        final @Nullable Instant maxExpiresAt;
        final boolean renewable;
        final Duration ttl;
        Instant currentExpiry;

        TokenInfo(Set<String> capabilities, Duration ttl, @Nullable Duration maxTtl, boolean renewable, Instant now) {
            this.capabilities = capabilities;
            this.ttl = ttl;
            this.expiresAt = ttl.isZero() ? null : now.plus(ttl);
            this.maxExpiresAt = maxTtl == null ? null : now.plus(maxTtl);
            this.renewable = renewable;
            this.currentExpiry = expiresAt == null ? Instant.MAX : expiresAt;
        }
    }

    /** The versions of one secret; a null entry is a deleted version. */
    private static final class Secret {
        final List<@Nullable ObjectNode> versions = new ArrayList<>();
    }

    private final Clock clock;
    private final WireMockServer server;
    private final Map<String, TokenInfo> tokens = new HashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, String> kubernetesRoles = new HashMap<>(); // role -> JWT
    private final Map<String, String> appRoles = new HashMap<>(); // role id -> secret id
    private final List<String> namespacesSeen = new ArrayList<>();
    private Set<String> loginCapabilities = Set.of("read", "update", "create");
    private Duration loginTtl = Duration.ofHours(1);
    private @Nullable Duration loginMaxTtl;
    private boolean loginRenewable = true;
    private boolean sealed;
    private @Nullable Runnable beforeNextWrite;
    private @Nullable Runnable onSealedRequest;
    private int logins;
    private int renewals;

    public FakeVault(Clock clock) {
        this.clock = clock;
        this.server = new WireMockServer(
                wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(this));
    }

    public FakeVault launch() {
        server.start();
        server.stubFor(
                any(urlMatching("/v1/.*")).atPriority(10).willReturn(aResponse().withTransformers(NAME)));
        return this;
    }

    public void shutdown() {
        server.stop();
    }

    public WireMockServer server() {
        return server;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Issues a token that never expires, granting {@code capabilities} on every path. */
    public synchronized String issueToken(String... capabilities) {
        String token = "hvs.fake" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, new TokenInfo(Set.of(capabilities), Duration.ZERO, null, false, clock.instant()));
        return token;
    }

    public synchronized void revoke(String token) {
        tokens.remove(token);
    }

    /** Revokes every token, as a Vault operator revoking a whole auth mount would. */
    public synchronized void revokeAll() {
        tokens.clear();
    }

    /** Runs {@code writer} when the next KV write arrives, before it is applied: another writer sneaking in. */
    public synchronized void beforeNextWrite(Runnable writer) {
        this.beforeNextWrite = writer;
    }

    /** Runs {@code listener} at every request answered while sealed. */
    public synchronized void onSealedRequest(Runnable listener) {
        this.onSealedRequest = listener;
    }

    public synchronized void kubernetesRole(String role, String jwt) {
        kubernetesRoles.put(role, jwt);
    }

    public synchronized void appRole(String roleId, String secretId) {
        appRoles.put(roleId, secretId);
    }

    /** Sets the lease of tokens issued by logins from now on. */
    public synchronized void loginLease(Duration ttl, @Nullable Duration maxTtl, boolean renewable) {
        this.loginTtl = ttl;
        this.loginMaxTtl = maxTtl;
        this.loginRenewable = renewable;
    }

    public synchronized void loginCapabilities(String... capabilities) {
        this.loginCapabilities = Set.of(capabilities);
    }

    public synchronized void sealed(boolean sealed) {
        this.sealed = sealed;
    }

    public synchronized int logins() {
        return logins;
    }

    public synchronized int renewals() {
        return renewals;
    }

    public synchronized List<String> namespacesSeen() {
        return List.copyOf(namespacesSeen);
    }

    /** Stores a new version of the secret at {@code mount/path} (no namespace); returns its number. */
    public synchronized int write(String mountAndPath, Map<String, String> data) {
        return write(ROOT, mountAndPath, data);
    }

    public synchronized int write(String namespace, String mountAndPath, Map<String, String> data) {
        Secret s = secrets.computeIfAbsent(key(namespace, mountAndPath), k -> new Secret());
        s.versions.add(MAPPER.valueToTree(data));
        return s.versions.size();
    }

    /** Marks the latest version deleted (soft delete), as {@code vault kv delete} does. */
    public synchronized void deleteLatest(String mountAndPath) {
        Secret s = secrets.get(key(ROOT, mountAndPath));
        s.versions.set(s.versions.size() - 1, null);
    }

    public synchronized int currentVersion(String mountAndPath) {
        Secret s = secrets.get(key(ROOT, mountAndPath));
        return s == null ? 0 : s.versions.size();
    }

    public synchronized @Nullable String field(String mountAndPath, String field) {
        Secret s = secrets.get(key(ROOT, mountAndPath));
        ObjectNode latest = s == null || s.versions.isEmpty() ? null : s.versions.get(s.versions.size() - 1);
        return latest == null || !latest.has(field) ? null : latest.get(field).asText();
    }

    private static String key(String namespace, String mountAndPath) {
        return namespace + "|" + mountAndPath;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String namespace = request.getHeader("X-Vault-Namespace");
        if (namespace != null) {
            namespacesSeen.add(namespace);
        }
        if (sealed) {
            if (onSealedRequest != null) {
                onSealedRequest.run();
            }
            return error(503, "Vault is sealed");
        }
        String url = request.getUrl();
        String query = "";
        int q = url.indexOf('?');
        if (q >= 0) {
            query = url.substring(q + 1);
            url = url.substring(0, q);
        }
        String path = url.substring("/v1/".length());
        JsonNode body;
        try {
            String text = request.getBodyAsString();
            body = text == null || text.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
        } catch (IOException e) {
            return error(400, "failed to parse JSON input");
        }
        String method = request.getMethod().getName();
        if (path.startsWith("auth/") && path.endsWith("/login") && method.equals("POST")) {
            return login(path, body);
        }
        String token = request.getHeader("X-Vault-Token");
        TokenInfo info = token == null ? null : tokens.get(token);
        if (info == null || !clock.instant().isBefore(info.currentExpiry)) {
            return error(403, "permission denied");
        }
        if (path.equals("auth/token/renew-self") && method.equals("POST")) {
            return renew(token, info, body);
        }
        if (path.equals("sys/capabilities-self") && method.equals("POST")) {
            ObjectNode out = MAPPER.createObjectNode();
            ArrayNode caps = MAPPER.createArrayNode();
            (info.capabilities.isEmpty() ? Set.of("deny") : info.capabilities).forEach(caps::add);
            out.set("capabilities", caps);
            body.path("paths").forEach(p -> out.set(p.asText(), caps));
            return ok(out);
        }
        int data = path.indexOf("/data/");
        if (data <= 0) {
            return error(404, "no handler for route \"" + path + "\"");
        }
        String mountAndPath = path.substring(0, data) + "/" + path.substring(data + "/data/".length());
        String ns = namespace == null ? ROOT : namespace;
        if (method.equals("GET")) {
            if (!info.capabilities.contains("read") && !info.capabilities.contains("root")) {
                return error(403, "permission denied");
            }
            return read(ns, mountAndPath, query);
        }
        if (method.equals("POST") || method.equals("PUT")) {
            if (!info.capabilities.contains("update")
                    && !info.capabilities.contains("create")
                    && !info.capabilities.contains("root")) {
                return error(403, "permission denied");
            }
            return write(ns, mountAndPath, body);
        }
        return error(405, "unsupported operation");
    }

    private ResponseDefinition read(String ns, String mountAndPath, String query) {
        Secret s = secrets.get(key(ns, mountAndPath));
        if (s == null || s.versions.isEmpty()) {
            return error(404, null);
        }
        int version = s.versions.size();
        if (query.startsWith("version=")) {
            version = Integer.parseInt(query.substring("version=".length()));
            if (version < 1 || version > s.versions.size()) {
                return error(404, null);
            }
        }
        ObjectNode metadata = MAPPER.createObjectNode().put("version", version).put("destroyed", false);
        ObjectNode value = s.versions.get(version - 1);
        ObjectNode out = MAPPER.createObjectNode();
        ObjectNode data = out.putObject("data");
        if (value == null) {
            // Vault answers a deleted version with 404 and the metadata, data null.
            metadata.put("deletion_time", clock.instant().toString());
            data.putNull("data");
            data.set("metadata", metadata);
            return response(404, out);
        }
        metadata.put("deletion_time", "");
        data.set("data", value);
        data.set("metadata", metadata);
        return ok(out);
    }

    private ResponseDefinition write(String ns, String mountAndPath, JsonNode body) {
        Runnable other = beforeNextWrite;
        beforeNextWrite = null;
        if (other != null) {
            other.run();
        }
        Secret s = secrets.computeIfAbsent(key(ns, mountAndPath), k -> new Secret());
        JsonNode cas = body.path("options").get("cas");
        if (cas != null && cas.asInt() != s.versions.size()) {
            return error(400, "check-and-set parameter did not match the current version");
        }
        if (!body.path("data").isObject()) {
            return error(400, "no data provided");
        }
        s.versions.add((ObjectNode) body.get("data"));
        ObjectNode out = MAPPER.createObjectNode();
        out.putObject("data")
                .put("version", s.versions.size())
                .put("created_time", clock.instant().toString());
        return ok(out);
    }

    private ResponseDefinition login(String path, JsonNode body) {
        String mount = path.substring("auth/".length(), path.length() - "/login".length());
        boolean accepted;
        if (mount.contains("kubernetes")) {
            String jwt = kubernetesRoles.get(body.path("role").asText());
            if (jwt == null) {
                return error(400, "invalid role name \"" + body.path("role").asText() + "\"");
            }
            accepted = jwt.equals(body.path("jwt").asText());
        } else {
            String secretId = appRoles.get(body.path("role_id").asText());
            accepted =
                    secretId != null && secretId.equals(body.path("secret_id").asText());
            if (!accepted) {
                return error(400, "invalid role or secret ID");
            }
        }
        if (!accepted) {
            return error(403, "permission denied");
        }
        logins++;
        String token = "hvs.login" + UUID.randomUUID().toString().replace("-", "");
        TokenInfo info = new TokenInfo(loginCapabilities, loginTtl, loginMaxTtl, loginRenewable, clock.instant());
        tokens.put(token, info);
        return ok(authReply(token, loginTtl, loginRenewable));
    }

    private ResponseDefinition renew(String token, TokenInfo info, JsonNode body) {
        if (!info.renewable) {
            return error(400, "lease is not renewable");
        }
        String inc = body.path("increment").asText("");
        Duration increment =
                inc.endsWith("s") ? Duration.ofSeconds(Long.parseLong(inc.substring(0, inc.length() - 1))) : info.ttl;
        Instant now = clock.instant();
        Instant expiry = now.plus(increment);
        if (info.maxExpiresAt != null && expiry.isAfter(info.maxExpiresAt)) {
            expiry = info.maxExpiresAt;
        }
        info.currentExpiry = expiry;
        renewals++;
        return ok(authReply(token, Duration.between(now, expiry), true));
    }

    private static ObjectNode authReply(String token, Duration lease, boolean renewable) {
        ObjectNode out = MAPPER.createObjectNode();
        out.putObject("auth")
                .put("client_token", token)
                .put("lease_duration", lease.toSeconds())
                .put("renewable", renewable);
        return out;
    }

    private static ResponseDefinition ok(JsonNode body) {
        return response(200, body);
    }

    static ResponseDefinition error(int status, @Nullable String message) {
        ObjectNode out = MAPPER.createObjectNode();
        ArrayNode errors = out.putArray("errors");
        if (message != null) {
            errors.add(message);
        }
        return response(status, out);
    }

    private static ResponseDefinition response(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body.toString())
                .build();
    }
}
