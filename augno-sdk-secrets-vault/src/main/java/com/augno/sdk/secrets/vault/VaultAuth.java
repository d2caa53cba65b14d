package com.augno.sdk.secrets.vault;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.vault.internal.VaultPaths;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link VaultSecretProvider} obtains its Vault token. Immutable; holds no secret itself
 * (tokens, JWTs and secret ids are read from the environment or from files at login time), so its
 * {@link #toString()} is safe to log.
 *
 * <ul>
 *   <li>{@link #token()}: {@code VAULT_TOKEN}, else the token file {@code ~/.vault-token}; {@link
 *       #tokenFile(Path)}: a token file written by Vault Agent (its sink). The file is read again
 *       whenever it changes, so Vault Agent's renewals reach the provider; the provider itself does
 *       not renew such a token.
 *   <li>{@link #kubernetes(String)}: logs in at {@code auth/kubernetes/login} with the pod's
 *       service-account JWT and a Vault role.
 *   <li>{@link #appRole(String, Path)}: logs in at {@code auth/approle/login} with a role id and the
 *       secret id read from a file.
 * </ul>
 *
 * <p>A token from a login is renewed ({@code auth/token/renew-self}) once two thirds of its lease
 * have passed, and replaced by a new login when it is not renewable, its renewal is capped by the
 * maximum TTL, renewal fails, or Vault refuses it.
 */
public final class VaultAuth {
    /** The default Kubernetes service-account token file. */
    public static final Path KUBERNETES_JWT_FILE = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

    /** The login method. */
    enum Method {
        TOKEN("token"),
        KUBERNETES("kubernetes"),
        APPROLE("approle");

        final String configName;

        Method(String configName) {
            this.configName = configName;
        }
    }

    private final Method method;
    private final @Nullable Path file;
    private final @Nullable String role;
    private final String mount;

    private VaultAuth(Method method, @Nullable Path file, @Nullable String role, String mount) {
        this.method = method;
        this.file = file;
        this.role = role;
        this.mount = mount;
    }

    /**
     * Returns token auth from {@code VAULT_TOKEN}, else from the file {@code ~/.vault-token} (where
     * {@code vault login} and Vault Agent's default sink write it). This is the default.
     */
    public static VaultAuth token() {
        return new VaultAuth(Method.TOKEN, null, null, "token");
    }

    /**
     * Returns token auth from this file only, e.g. the sink file of Vault Agent. The file is read at
     * the first call and again whenever its modification time or size changes.
     */
    public static VaultAuth tokenFile(Path file) {
        return new VaultAuth(Method.TOKEN, Objects.requireNonNull(file, "file == null"), null, "token");
    }

    /**
     * Returns Kubernetes auth with the pod's service-account token ({@link #KUBERNETES_JWT_FILE}) at
     * the auth mount {@code kubernetes}.
     *
     * @param role the Vault role bound to the service account
     * @throws ConfigurationException if the role is blank
     */
    public static VaultAuth kubernetes(String role) {
        return kubernetes(role, KUBERNETES_JWT_FILE, "kubernetes");
    }

    /**
     * Returns Kubernetes auth reading the JWT from {@code jwtFile} (read at each login, since the
     * kubelet rotates it) at the auth mount {@code mount}.
     *
     * @throws ConfigurationException if the role or mount is blank or malformed
     */
    public static VaultAuth kubernetes(String role, Path jwtFile, String mount) {
        return new VaultAuth(
                Method.KUBERNETES,
                Objects.requireNonNull(jwtFile, "jwtFile == null"),
                requireName(role, "Kubernetes role"),
                VaultPaths.requireMount(mount, "Kubernetes auth mount"));
    }

    /**
     * Returns AppRole auth with {@code roleId} and the secret id read from {@code secretIdFile} (at each
     * login), at the auth mount {@code approle}.
     *
     * @throws ConfigurationException if the role id is blank
     */
    public static VaultAuth appRole(String roleId, Path secretIdFile) {
        return appRole(roleId, secretIdFile, "approle");
    }

    /**
     * Returns AppRole auth at the auth mount {@code mount}.
     *
     * @throws ConfigurationException if the role id or mount is blank or malformed
     */
    public static VaultAuth appRole(String roleId, Path secretIdFile, String mount) {
        return new VaultAuth(
                Method.APPROLE,
                Objects.requireNonNull(secretIdFile, "secretIdFile == null"),
                requireName(roleId, "AppRole role id"),
                VaultPaths.requireMount(mount, "AppRole auth mount"));
    }

    private static String requireName(String value, String what) {
        Objects.requireNonNull(value, what + " == null");
        if (value.isBlank()) {
            throw new ConfigurationException("The Vault " + what + " is empty.");
        }
        return value.trim();
    }

    Method method() {
        return method;
    }

    /** The token file, JWT file or secret-id file; null for {@link #token()}. */
    @Nullable
    Path file() {
        return file;
    }

    /** The Kubernetes role or AppRole role id; null for token auth. */
    @Nullable
    String role() {
        return role;
    }

    /** The auth mount, e.g. {@code kubernetes}. */
    String mount() {
        return mount;
    }

    /** Returns e.g. {@code kubernetes auth (role augno, mount kubernetes)}; names files, never their content. */
    @Override
    public String toString() {
        return switch (method) {
            case KUBERNETES -> "kubernetes auth (role " + role + ", mount " + mount + ", JWT file " + file + ")";
            case APPROLE -> "approle auth (mount " + mount + ", secret-id file " + file + ")";
            case TOKEN ->
                file == null ? "token auth (VAULT_TOKEN or ~/.vault-token)" : "token auth (file " + file + ")";
        };
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof VaultAuth a
                && method == a.method
                && Objects.equals(file, a.file)
                && Objects.equals(role, a.role)
                && mount.equals(a.mount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, file, role, mount);
    }
}
