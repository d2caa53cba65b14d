package com.augno.sdk.internal.secrets;

import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import java.util.Set;

/** Not API: registers the {@code env} scheme. */
public final class EnvironmentVariableSecretProviderFactory implements SecretProviderFactory {

    /** Creates the factory ({@code ServiceLoader} needs a public no-argument constructor). */
    public EnvironmentVariableSecretProviderFactory() {}

    @Override
    public Set<String> schemes() {
        return Set.of("env");
    }

    @Override
    public SecretProvider create(SecretReference reference) {
        return EnvironmentVariableSecretProvider.create(reference);
    }
}
