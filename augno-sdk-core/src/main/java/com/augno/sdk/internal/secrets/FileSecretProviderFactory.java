package com.augno.sdk.internal.secrets;

import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import java.util.Set;

/** Not API: registers the {@code file} scheme. */
public final class FileSecretProviderFactory implements SecretProviderFactory {

    /** Creates the factory ({@code ServiceLoader} needs a public no-argument constructor). */
    public FileSecretProviderFactory() {}

    @Override
    public Set<String> schemes() {
        return Set.of("file");
    }

    @Override
    public SecretProvider create(SecretReference reference) {
        return FileSecretProvider.create(reference);
    }
}
