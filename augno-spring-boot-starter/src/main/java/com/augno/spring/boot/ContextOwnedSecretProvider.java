package com.augno.spring.boot;

import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;

/** A {@link SecretProvider} bean handed to the client: the context closes it, the client does not. */
final class ContextOwnedSecretProvider implements SecretProvider {
    private final SecretProvider delegate;

    ContextOwnedSecretProvider(SecretProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public SecretValue fetch() {
        return delegate.fetch();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void close() {
        // The application context owns the bean and closes it.
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
