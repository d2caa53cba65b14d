package com.augno.sdk.secrets.vault.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The settings of one {@code VaultSecretProvider}, checked and resolved once at build time:
 * the mount and path as URL segments, the Vault address, namespace and CA bundle (given, else from
 * {@code VAULT_ADDR}, {@code VAULT_NAMESPACE}, {@code VAULT_CACERT}), and the description that names
 * the secret in every message. Immutable.
 */
public final class VaultSettings {
    /** The variable naming the namespace when none is given. */
    public static final String VAULT_NAMESPACE = "VAULT_NAMESPACE";

    /** The variable naming the CA bundle when none is given. */
    public static final String VAULT_CACERT = "VAULT_CACERT";

    private final String mount;
    private final List<String> mountSegments;
    private final String path;
    private final List<String> pathSegments;
    private final @Nullable Long version;
    private final String jsonField;
    private final HttpUrl endpoint;
    private final @Nullable String namespace;
    private final @Nullable Path caCertificate;
    private final Duration callTimeout;
    private final String description;

    /**
     * Checks and resolves the builder's values.
     *
     * @param authName the login method's name for the description, e.g. {@code kubernetes}
     * @param environment reads the {@code VAULT_*} variables
     * @throws IllegalStateException if the mount or path is not set
     * @throws com.augno.sdk.errors.ConfigurationException if there is no Vault address, or it breaks
     *     the endpoint rule, or a name is malformed
     */
    public VaultSettings(
            @Nullable String mount,
            @Nullable String path,
            @Nullable Long version,
            String jsonField,
            @Nullable URI endpoint,
            @Nullable String namespace,
            @Nullable Path caCertificate,
            String authName,
            Function<String, @Nullable String> environment,
            Duration callTimeout) {
        if (mount == null || path == null) {
            throw new IllegalStateException(
                    "mount and path are required, but " + (mount == null ? "mount" : "path") + " was not set");
        }
        this.mountSegments = VaultPaths.segments(mount, "mount");
        this.mount = String.join("/", mountSegments);
        this.pathSegments = VaultPaths.segments(path, "secret path");
        this.path = String.join("/", pathSegments);
        this.version = version;
        this.jsonField = jsonField;
        this.callTimeout = callTimeout;
        String reference = "vault://" + this.mount + "/" + this.path;
        this.endpoint = VaultEndpoint.resolve(endpoint, environment, reference);
        String ns = namespace != null ? namespace : nonBlank(environment.apply(VAULT_NAMESPACE));
        this.namespace = ns == null ? null : VaultPaths.requireMount(ns, "namespace");
        String ca = nonBlank(environment.apply(VAULT_CACERT));
        this.caCertificate = caCertificate != null ? caCertificate : (ca == null ? null : Path.of(ca));
        this.description = describe(authName);
    }

    private static @Nullable String nonBlank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String describe(String authName) {
        StringBuilder sb =
                new StringBuilder("vault://").append(mount).append('/').append(path);
        sb.append(" (").append(version == null ? "latest version" : "version " + version);
        sb.append(", ").append(endpoint);
        if (namespace != null) {
            sb.append(", namespace ").append(namespace);
        }
        sb.append(", ").append(authName).append(" auth)");
        sb.append('#').append(jsonField);
        return sb.toString();
    }

    /** Returns the KV version 2 mount, e.g. {@code secret}. */
    public String mount() {
        return mount;
    }

    /** Returns the secret's path under the mount, e.g. {@code prod/augno}. */
    public String path() {
        return path;
    }

    /** Returns the pinned version, or null when the latest version is read. */
    public @Nullable Long version() {
        return version;
    }

    /** Returns the field that holds the key. */
    public String jsonField() {
        return jsonField;
    }

    /** Returns the Vault address. */
    public HttpUrl endpoint() {
        return endpoint;
    }

    /** Returns the namespace sent as {@code X-Vault-Namespace}, or null for none. */
    public @Nullable String namespace() {
        return namespace;
    }

    /** Returns the PEM bundle of the only trusted authorities, or null for the JVM's trust store. */
    public @Nullable Path caCertificate() {
        return caCertificate;
    }

    /** Returns the deadline of each HTTP call. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Returns e.g. {@code vault://secret/prod/augno (latest version, https://vault:8200/, token auth)#api_key}. */
    public String description() {
        return description;
    }

    /** Returns the URL segments of the secret's data, e.g. {@code secret, data, prod, augno}. */
    public List<String> dataPath() {
        List<String> s = new ArrayList<>(mountSegments);
        s.add("data");
        s.addAll(pathSegments);
        return s;
    }

    /** Returns the policy path of the secret's data, e.g. {@code secret/data/prod/augno}. */
    public String apiPath() {
        return mount + "/data/" + path;
    }
}
