package com.augno.sdk.secrets.gcp;

import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.gcp.internal.SecretPath;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code ServiceLoader} factory of {@code gcp-sm://} references, registered in
 * {@code META-INF/services}:
 *
 * <ul>
 *   <li>{@code gcp-sm://projects/<project>/secrets/<secret>/versions/<version>}
 *   <li>{@code gcp-sm://projects/<project>/secrets/<secret>} and {@code gcp-sm://<project>/<secret>}
 *       (version {@code latest})
 *   <li>{@code gcp-sm://<secret>} (version {@code latest}; project from {@code GOOGLE_CLOUD_PROJECT}
 *       or the credentials file, never the metadata server)
 * </ul>
 *
 * <p>Each may end with {@code ?endpoint=<url>} ({@code https://host[:port]} on one of Secret
 * Manager's own hosts, including regional, Private Google Access and Private Service Connect names,
 * or on a host opted in through {@code AUGNO_SECRETS_ENDPOINT_HOSTS}; or {@code
 * http://127.0.0.1:<port>} for plaintext gRPC to a local emulator) and {@code #<json field>}.
 * Thread-safe.
 */
public final class GcpSecretManagerSecretProviderFactory implements SecretProviderFactory {
    /** The scheme handled: {@code gcp-sm}. */
    public static final String SCHEME = "gcp-sm";

    private final GcpEnvironment environment;

    /** Creates the factory; {@code ServiceLoader} calls this. */
    public GcpSecretManagerSecretProviderFactory() {
        this(GcpEnvironment.system());
    }

    GcpSecretManagerSecretProviderFactory(GcpEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Set<String> schemes() {
        return Set.of(SCHEME);
    }

    /**
     * Creates a {@link GcpSecretManagerSecretProvider} for the reference, without contacting
     * Secret Manager.
     *
     * @throws com.augno.sdk.errors.ConfigurationException if the reference is not one of the forms
     *     above, has a parameter other than {@code endpoint}, an unusable endpoint, or no project or
     *     credentials can be found locally
     */
    @Override
    public SecretProvider create(SecretReference reference) {
        Objects.requireNonNull(reference, "reference == null");
        if (!SCHEME.equals(reference.scheme())) {
            throw new IllegalArgumentException("not a gcp-sm reference: " + reference);
        }
        reference.requireOnlyParameters(Set.of("endpoint"));
        SecretPath path = SecretPath.parse(reference.target());
        GcpSecretManagerSecretProvider.Builder b = GcpSecretManagerSecretProvider.builder()
                .environment(environment)
                .secret(path.secret())
                .version(path.version());
        String project = path.project();
        if (project != null) {
            b.project(project);
        }
        reference.parameter("endpoint").ifPresent(b::endpoint);
        reference.jsonField().ifPresent(b::jsonField);
        return b.build();
    }
}
