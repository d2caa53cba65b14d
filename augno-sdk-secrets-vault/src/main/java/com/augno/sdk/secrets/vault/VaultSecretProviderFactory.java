package com.augno.sdk.secrets.vault;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.vault.internal.VaultPaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Creates {@link VaultSecretProvider}s from {@code vault} references; registered for {@code
 * ServiceLoader}, so {@code SecretProviders.fromUri} and the {@code augno.secret} setting accept the
 * scheme as soon as this module is on the class path.
 *
 * <p>Grammar: {@code vault://<mount>/<path>[?version=..&namespace=..&endpoint=..&ca=..&auth=..][#<field>]}
 * where the first segment is the KV version 2 mount and the rest the secret's path.
 *
 * <ul>
 *   <li>{@code vault://secret/prod/augno}: field {@code api_key} of the latest version, token auth
 *       ({@code VAULT_TOKEN}, else {@code ~/.vault-token}), address {@code VAULT_ADDR};
 *   <li>{@code #field}: another field; {@code version=3}: a fixed version (refuses to write);
 *   <li>{@code endpoint=https://vault.example.com:8200}: the address (https, or http on loopback);
 *       {@code ca=/path/ca.pem}: the CA bundle (else {@code VAULT_CACERT}); {@code namespace=team-a}
 *       (else {@code VAULT_NAMESPACE});
 *   <li>{@code auth=token} with optional {@code tokenFile=/path} (Vault Agent's sink);
 *       {@code auth=kubernetes&role=augno} with optional {@code jwtFile=} and {@code authMount=};
 *       {@code auth=approle&roleId=..&secretIdFile=/path} with optional {@code authMount=}.
 * </ul>
 */
public final class VaultSecretProviderFactory implements SecretProviderFactory {
    /** The scheme handled: {@code vault}. */
    public static final String SCHEME = "vault";

    /** The accepted form, for messages. */
    public static final String FORM = "vault://<mount>/<path>[?version=..&namespace=..&endpoint=..&ca=..&auth=token"
            + "|kubernetes|approle&..][#<field>]";

    private static final Set<String> COMMON = Set.of("version", "namespace", "endpoint", "ca", "auth");
    private static final Map<String, Set<String>> BY_AUTH = Map.of(
            "token", Set.of("tokenFile"),
            "kubernetes", Set.of("role", "jwtFile", "authMount"),
            "approle", Set.of("roleId", "secretIdFile", "authMount"));

    private final Function<String, @Nullable String> environment;

    /** Creates the factory; {@code ServiceLoader} calls this. */
    public VaultSecretProviderFactory() {
        this(System::getenv);
    }

    /** Creates a factory reading {@code VAULT_*} variables through {@code environment}; for tests. */
    VaultSecretProviderFactory(Function<String, @Nullable String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment == null");
    }

    /** Returns {@code vault}. */
    @Override
    public Set<String> schemes() {
        return Set.of(SCHEME);
    }

    /**
     * Creates a provider without contacting Vault.
     *
     * @throws ConfigurationException if the scheme is not {@code vault}, the target has no path after
     *     the mount, a parameter is unknown, empty, key-shaped or belongs to another auth method, a
     *     required auth parameter is missing, the version is not a positive number, or there is no
     *     valid Vault address
     */
    @Override
    public VaultSecretProvider create(SecretReference reference) {
        Objects.requireNonNull(reference, "reference == null");
        // Parameters are percent-decoded: check them before anything echoes the reference.
        for (var e : reference.parameters().entrySet()) {
            VaultPaths.refuseKeyShaped(e.getValue(), "reference parameter '" + e.getKey() + "'");
        }
        VaultPaths.refuseKeyShaped(reference.target(), "secret path");
        reference.jsonField().ifPresent(f -> VaultPaths.refuseKeyShaped(f, "field name"));
        if (!SCHEME.equals(reference.scheme())) {
            throw new ConfigurationException(
                    "The reference " + reference + " is not a " + SCHEME + " reference. Accepted form: " + FORM);
        }
        String method = reference.parameter("auth").orElse("token");
        Set<String> authParameters = BY_AUTH.get(method);
        if (authParameters == null) {
            throw new ConfigurationException("The reference " + reference + " names an unknown auth method '" + method
                    + "'; use auth=token, auth=kubernetes or auth=approle.");
        }
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        allowed.addAll(authParameters);
        reference.requireOnlyParameters(allowed);
        for (var e : reference.parameters().entrySet()) {
            if (e.getValue().isBlank()) {
                throw new ConfigurationException("The reference " + reference + " has an empty parameter '" + e.getKey()
                        + "'. Accepted form: " + FORM);
            }
        }
        String target = reference.target();
        int slash = target.indexOf('/');
        if (slash <= 0 || slash == target.length() - 1) {
            throw new ConfigurationException("The reference " + reference + " names no secret under its mount: the"
                    + " first segment is the KV mount, the rest the path, e.g. vault://secret/prod/augno. Accepted"
                    + " form: " + FORM);
        }
        VaultSecretProvider.Builder b = VaultSecretProvider.builder()
                .environment(environment)
                .mount(target.substring(0, slash))
                .path(target.substring(slash + 1))
                .auth(auth(reference, method));
        reference.parameter("version").ifPresent(v -> b.version(version(reference, v)));
        reference.parameter("namespace").ifPresent(b::namespace);
        reference.parameter("ca").ifPresent(p -> b.caCertificate(Path.of(p)));
        reference.parameter("endpoint").ifPresent(e -> b.endpoint(endpoint(reference, e)));
        reference.jsonField().ifPresent(b::jsonField);
        return b.build();
    }

    private static VaultAuth auth(SecretReference reference, String method) {
        return switch (method) {
            case "kubernetes" ->
                VaultAuth.kubernetes(
                        required(reference, "role", "auth=kubernetes"),
                        reference.parameter("jwtFile").map(Path::of).orElse(VaultAuth.KUBERNETES_JWT_FILE),
                        reference.parameter("authMount").orElse("kubernetes"));
            case "approle" ->
                VaultAuth.appRole(
                        required(reference, "roleId", "auth=approle"),
                        Path.of(required(reference, "secretIdFile", "auth=approle")),
                        reference.parameter("authMount").orElse("approle"));
            default ->
                reference
                        .parameter("tokenFile")
                        .map(f -> VaultAuth.tokenFile(Path.of(f)))
                        .orElse(VaultAuth.token());
        };
    }

    private static String required(SecretReference reference, String name, String method) {
        return reference
                .parameter(name)
                .orElseThrow(() -> new ConfigurationException("The reference " + reference + " uses " + method
                        + " but has no " + name + "= parameter. Accepted form: " + FORM));
    }

    private static long version(SecretReference reference, String text) {
        try {
            long v = Long.parseLong(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new ConfigurationException(
                "The reference " + reference + " has version=" + text + "; a KV version is a positive number.");
    }

    private static URI endpoint(SecretReference reference, String text) {
        try {
            return new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("The endpoint of secret reference " + SCHEME + "://" + reference.target()
                    + " is not a URL. Use https://host[:port].");
        }
    }
}
