package com.augno.sdk.secrets.vault;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.secrets.vault.internal.VaultErrors;
import com.augno.sdk.secrets.vault.internal.VaultHttp;
import com.augno.sdk.secrets.vault.internal.VaultPaths;
import com.augno.sdk.secrets.vault.internal.VaultTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's Vault token: read from the environment or a file (token auth), or obtained by a
 * login (Kubernetes, AppRole) and then renewed with {@code auth/token/renew-self} once two thirds of
 * its lease have passed, or replaced by a new login when it cannot be renewed (not renewable, capped
 * by its maximum TTL, expired, refused). Times come from the injected clock. Tokens, JWTs and secret
 * ids are never logged nor put in messages.
 *
 * <p>Thread-safe: one lock serialises logins and renewals, so concurrent callers share one token.
 */
final class VaultSession implements VaultTokens {
    static final String VAULT_TOKEN = "VAULT_TOKEN";

    /** Token, JWT and secret-id files are small; a larger file is the wrong file. */
    private static final int MAX_FILE_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(VaultSession.class);

    /** A token and what Vault said about its lease; {@code lease} zero means it never expires. */
    private record Token(String value, Instant obtainedAt, Duration lease, boolean renewable) {
        boolean expires() {
            return !lease.isZero();
        }

        Instant refreshAt() {
            return obtainedAt.plus(lease.multipliedBy(2).dividedBy(3));
        }

        Instant expiresAt() {
            return obtainedAt.plus(lease);
        }
    }

    /** The identity of a token file's content as last read, to read it again when it changes. */
    private record FileStamp(FileTime modified, long size) {}

    private final VaultAuth auth;
    private final Function<String, @Nullable String> environment;
    private final Path home;
    private final Clock clock;
    private final String source;
    private final VaultErrors errors;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Token current;
    private @Nullable FileStamp stamp;

    VaultSession(
            VaultAuth auth, Function<String, @Nullable String> environment, Path home, Clock clock, String source) {
        this.auth = auth;
        this.environment = environment;
        this.home = home;
        this.clock = clock;
        this.source = source;
        this.errors = new VaultErrors(source);
    }

    /**
     * Returns a token to use now: the current one, renewed or replaced first when its lease asks for it.
     *
     * @throws ConfigurationException if no token can be found (token auth) or a login file is missing
     * @throws SecretProviderException (or a subclass) if a login fails
     */
    @Override
    public String token(VaultHttp http) {
        lock.lock();
        try {
            if (auth.method() == VaultAuth.Method.TOKEN) {
                return staticToken();
            }
            Token t = current;
            Instant now = clock.instant();
            if (t != null && t.expires() && !now.isBefore(t.refreshAt())) {
                t = now.isBefore(t.expiresAt()) && t.renewable() ? renew(http, t) : null;
            }
            if (t == null) {
                t = login(http);
            }
            current = t;
            return t.value();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells the session that Vault refused {@code token} (HTTP 403). Returns true when a retry with
     * another token may succeed: after a login the token is dropped (the next call logs in again); a
     * token file is read again, and a retry helps only if its content changed.
     */
    @Override
    public boolean refused(String token) {
        lock.lock();
        try {
            if (auth.method() == VaultAuth.Method.TOKEN) {
                String env = environment.apply(VAULT_TOKEN);
                if (auth.file() == null && env != null && !env.isBlank()) {
                    return false; // the variable cannot change in this process
                }
                current = null;
                stamp = null;
                String again = readTokenQuietly();
                return again != null && !again.equals(token);
            }
            if (current != null && current.value().equals(token)) {
                current = null;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private String staticToken() {
        Path file = auth.file();
        if (file == null) {
            String env = environment.apply(VAULT_TOKEN);
            if (env != null && !env.isBlank()) {
                return env.trim();
            }
            file = home.resolve(".vault-token");
            if (!Files.exists(file)) {
                throw new ConfigurationException("No Vault token for " + source + ": VAULT_TOKEN is not set and"
                        + " there is no token file " + file + ". Set VAULT_TOKEN, run vault login, point"
                        + " tokenFile= at Vault Agent's sink, or use auth=kubernetes or auth=approle.");
            }
        }
        FileStamp now = stampOf(file);
        Token t = current;
        if (t == null || !now.equals(stamp)) {
            t = new Token(readFile(file, "token file"), clock.instant(), Duration.ZERO, false);
            current = t;
            stamp = now;
        }
        return t.value();
    }

    private @Nullable String readTokenQuietly() {
        try {
            return staticToken();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private FileStamp stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            throw missing(file, "token file");
        }
    }

    private Token login(VaultHttp http) {
        Path file = Objects.requireNonNull(auth.file());
        String role = Objects.requireNonNull(auth.role());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (auth.method() == VaultAuth.Method.KUBERNETES) {
            body.put("role", role).put("jwt", readFile(file, "Kubernetes service-account token file"));
        } else {
            body.put("role_id", role).put("secret_id", readFile(file, "AppRole secret-id file"));
        }
        List<String> path = new java.util.ArrayList<>();
        path.add("auth");
        path.addAll(VaultPaths.segments(auth.mount(), "auth mount"));
        path.add("login");
        VaultHttp.Reply reply = http.call("POST", path, Map.of(), body, null);
        String action = "log in with " + auth.method().configName + " auth at auth/" + auth.mount() + "/login"
                + (auth.method() == VaultAuth.Method.KUBERNETES ? " (role " + role + ")" : "");
        if (!reply.ok()) {
            throw errors.map(reply.status(), reply.errors(), action, null);
        }
        Token t = tokenOf(reply.body(), clock.instant(), action);
        LOG.debug(
                "Logged in to Vault for {} ({} auth, lease {} s, renewable {})",
                source,
                auth.method().configName,
                t.lease().toSeconds(),
                t.renewable());
        return t;
    }

    private @Nullable Token renew(VaultHttp http, Token t) {
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("increment", t.lease().toSeconds() + "s");
        try {
            VaultHttp.Reply reply =
                    http.call("POST", List.of("auth", "token", "renew-self"), Map.of(), body, t.value());
            if (!reply.ok()) {
                LOG.info("Vault refused to renew the token of {} (HTTP {}); logging in again", source, reply.status());
                return null;
            }
            Token renewed = tokenOf(reply.body(), clock.instant(), "renew the token");
            // A renewal capped by the token's maximum TTL cannot be stretched again: log in at the next refresh.
            boolean capped = renewed.lease().compareTo(t.lease()) < 0;
            LOG.debug(
                    "Renewed the Vault token of {} (lease {} s{})",
                    source,
                    renewed.lease().toSeconds(),
                    capped ? ", capped by its maximum TTL" : "");
            return new Token(
                    renewed.value().isEmpty() ? t.value() : renewed.value(),
                    renewed.obtainedAt(),
                    renewed.lease(),
                    renewed.renewable() && !capped);
        } catch (SecretProviderException e) {
            LOG.info(
                    "Could not renew the Vault token of {} ({}); logging in again",
                    source,
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private Token tokenOf(@Nullable JsonNode body, Instant now, String action) {
        JsonNode a = body == null ? null : body.get("auth");
        String value = a == null ? "" : a.path("client_token").asText("");
        if (a == null || value.isEmpty()) {
            throw new SecretProviderException(source, "Vault's answer to " + action + " has no auth.client_token.");
        }
        long lease = Math.max(0, a.path("lease_duration").asLong(0));
        return new Token(
                value, now, Duration.ofSeconds(lease), a.path("renewable").asBoolean(false));
    }

    private String readFile(Path file, String what) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw missing(file, what);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the Vault " + what + " " + file + " for " + source + " ("
                    + e.getClass().getSimpleName() + "); check its permissions.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ConfigurationException("The Vault " + what + " " + file + " is larger than " + MAX_FILE_BYTES
                    + " bytes; it is not a token file.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            throw new ConfigurationException("The Vault " + what + " " + file + " is empty.");
        }
        return text;
    }

    private ConfigurationException missing(Path file, String what) {
        return new ConfigurationException("The Vault " + what + " " + file + " for " + source + " does not exist"
                + (auth.method() == VaultAuth.Method.KUBERNETES
                        ? "; outside a Kubernetes pod, set jwtFile= or use another auth method."
                        : "."));
    }
}
