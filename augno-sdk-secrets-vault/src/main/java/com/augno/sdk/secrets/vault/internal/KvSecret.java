package com.augno.sdk.secrets.vault.internal;

import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.secrets.vault.VaultWriteConflictException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. One secret in a KV version 2 engine as {@code VaultSecretProvider} reads and writes it:
 * Vault's answers read ({@code data.data}, {@code data.metadata.version}), a write with
 * check-and-set on the version read that keeps the other fields, and the token's capabilities on
 * the secret. No response body is copied into a message. Thread-safe.
 */
public final class KvSecret {
    // The provider's logger name, kept: users' logging configurations name it.
    private static final Logger LOG = LoggerFactory.getLogger("com.augno.sdk.secrets.vault.VaultSecretProvider");

    /** The data read: the secret's fields (null when absent or deleted) and its current version (0 when absent). */
    public record Current(@Nullable ObjectNode data, long version) {}

    private final VaultSettings settings;
    private final String description;
    private final VaultErrors errors;
    private final ObjectMapper mapper;
    private final Supplier<VaultConnection> connection;

    /** Creates the secret of {@code settings}, called through the connection {@code connection} supplies. */
    public KvSecret(VaultSettings settings, ObjectMapper mapper, Supplier<VaultConnection> connection) {
        this.settings = settings;
        this.description = settings.description();
        this.errors = new VaultErrors(description);
        this.mapper = mapper;
        this.connection = connection;
    }

    /**
     * Reads the secret's latest version, or version {@code pinned}.
     *
     * @param absentIsEmpty whether an absent or deleted secret reads as empty data (for a write)
     *     rather than failing
     * @throws SecretNotFoundException if there is no such secret or version (or it is deleted), unless
     *     {@code absentIsEmpty}
     * @throws SecretProviderException (or a subclass) as {@link VaultErrors} maps the failure, or if
     *     the mount is not a KV version 2 engine
     */
    public Current read(@Nullable Long pinned, boolean absentIsEmpty) {
        Map<String, String> query = pinned == null ? Map.of() : Map.of("version", Long.toString(pinned));
        VaultHttp.Reply reply = call("GET", settings.dataPath(), query, null);
        String action = "read " + settings.apiPath() + (pinned == null ? "" : " version " + pinned);
        JsonNode body = reply.body();
        JsonNode metadataVersion =
                body == null ? null : body.path("data").path("metadata").get("version");
        long current = metadataVersion != null && metadataVersion.canConvertToLong() ? metadataVersion.asLong() : 0;
        if (reply.status() == 404 && absentIsEmpty) {
            return new Current(null, current); // absent (0) or its latest version deleted (cas must name it)
        }
        if (!reply.ok()) {
            throw errors.map(reply.status(), reply.errors(), action, "read");
        }
        JsonNode data = body == null ? null : body.path("data").get("data");
        if (metadataVersion == null || !metadataVersion.canConvertToLong()) {
            throw new SecretProviderException(
                    description,
                    "Vault's answer has no data.metadata.version: the mount"
                            + " is probably not a KV version 2 engine (use a KV v2 mount).");
        }
        if (data == null || data.isNull()) {
            if (absentIsEmpty) {
                return new Current(null, current);
            }
            throw new SecretNotFoundException(
                    description,
                    "version " + current + " of the secret is deleted or destroyed; undelete it or"
                            + " store a new version.");
        }
        if (!data.isObject()) {
            throw new SecretProviderException(description, "Vault's data.data is not an object.");
        }
        return new Current((ObjectNode) data, current);
    }

    /**
     * Stores a new version whose field holds {@code value}, keeping the other fields, with
     * check-and-set on the version read first; when the field already holds {@code value}, writes
     * nothing.
     *
     * @return the new version (or the current one when nothing was written)
     * @throws VaultWriteConflictException if another writer stored a version after the read
     * @throws SecretProviderException (or a subclass) as the read or write fails, or if the current
     *     data cannot hold the field
     */
    public String write(String value) {
        Current current = read(null, true);
        ObjectNode data = current.data();
        String field = settings.jsonField();
        if (data != null
                && data.path(field).isTextual()
                && data.path(field).textValue().equals(value)) {
            LOG.info("{} version {} already holds this value; nothing written", description, current.version());
            return Long.toString(current.version());
        }
        String document = JsonSecrets.replaceField(data == null ? null : data.toString(), field, value, description);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("options").put("cas", current.version());
        try {
            body.set("data", mapper.readTree(document));
        } catch (IOException e) {
            throw new IllegalStateException("could not re-read a JSON document just written"); // cannot happen
        }
        VaultHttp.Reply reply = call("POST", settings.dataPath(), Map.of(), body);
        if (reply.status() == 400 && String.join(" ", reply.errors()).contains("check-and-set")) {
            throw new VaultWriteConflictException(description, current.version());
        }
        if (!reply.ok()) {
            throw errors.map(reply.status(), reply.errors(), "write " + settings.apiPath(), "update");
        }
        JsonNode written =
                reply.body() == null ? null : reply.body().path("data").get("version");
        if (written == null || !written.canConvertToLong()) {
            throw new SecretProviderException(
                    description,
                    "Vault accepted the write but its answer has no"
                            + " data.version; read the secret to check which version is current.");
        }
        LOG.info("Stored a new version {} of {}", written.asLong(), description);
        return Long.toString(written.asLong());
    }

    /**
     * Asks Vault ({@code sys/capabilities-self}) whether the token may read and update the secret.
     *
     * @return {@link WriteAccess#YES} when the token's policies grant {@code read} and {@code update}
     *     (or {@code root}) on the secret's data path, {@link WriteAccess#NO} when they do not,
     *     {@link WriteAccess#UNKNOWN} when Vault refuses the question
     * @throws SecretProviderException (or a subclass) when Vault cannot be asked
     */
    public WriteAccess capabilities() {
        String apiPath = settings.apiPath();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("paths").add(apiPath);
        VaultHttp.Reply reply = call("POST", List.of("sys", "capabilities-self"), Map.of(), body);
        if (!reply.ok() || reply.body() == null) {
            LOG.info("Could not ask Vault about write access to {} (HTTP {})", description, reply.status());
            return WriteAccess.UNKNOWN;
        }
        JsonNode caps = reply.body().path(apiPath);
        if (!caps.isArray()) {
            caps = reply.body().path("data").path(apiPath);
        }
        if (!caps.isArray()) {
            caps = reply.body().path("capabilities");
        }
        Set<String> granted = new HashSet<>();
        caps.forEach(c -> granted.add(c.asText("").toLowerCase(Locale.ROOT)));
        if (granted.contains("root")) {
            return WriteAccess.YES;
        }
        return !granted.contains("deny") && granted.contains("read") && granted.contains("update")
                ? WriteAccess.YES
                : WriteAccess.NO;
    }

    private VaultHttp.Reply call(
            String method, List<String> segments, Map<String, String> query, @Nullable JsonNode body) {
        return connection.get().call(method, segments, query, body);
    }
}
