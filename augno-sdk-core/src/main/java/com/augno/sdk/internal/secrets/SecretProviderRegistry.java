package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API: turns references into providers through the {@link SecretProviderFactory} instances
 * that {@code ServiceLoader} finds, and names the artifact to add when a known scheme's module is
 * missing.
 */
public final class SecretProviderRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(SecretProviderRegistry.class);

    /** Schemes served by optional modules, and the artifact that serves them. */
    private static final Map<String, String> OPTIONAL_MODULES = Map.of(
            "aws-sm", "com.augno:augno-sdk-secrets-aws",
            "gcp-sm", "com.augno:augno-sdk-secrets-gcp",
            "azure-kv", "com.augno:augno-sdk-secrets-azure",
            "vault", "com.augno:augno-sdk-secrets-vault");

    private SecretProviderRegistry() {}

    /**
     * Parses {@code text} and creates its provider.
     *
     * @throws ConfigurationException if the reference is malformed, its scheme unknown or its
     *     module missing (naming the artifact), or its factory refuses it
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on a runtime that must not hold keys
     */
    public static SecretProvider fromUri(String text) {
        return fromUri(text, System::getenv);
    }

    /**
     * Like {@link #fromUri(String)}, reading {@code env://} variables through {@code environment}.
     */
    public static SecretProvider fromUri(String text, Function<String, @Nullable String> environment) {
        Objects.requireNonNull(text, "text == null");
        RuntimeGuard.enforce();
        SecretReference reference = SecretReference.parse(text);
        if (reference.scheme().equals("env")) {
            return EnvironmentVariableSecretProvider.create(reference, environment);
        }
        return create(reference);
    }

    /**
     * Creates the provider of a parsed reference.
     *
     * @throws ConfigurationException if the scheme is unknown or its module missing
     */
    public static SecretProvider create(SecretReference reference) {
        SecretProviderFactory factory = factories().get(reference.scheme());
        if (factory == null) {
            String artifact = OPTIONAL_MODULES.get(reference.scheme());
            if (artifact != null) {
                throw new ConfigurationException("The secret reference " + reference + " needs the "
                        + reference.scheme() + " provider, which is not on the class path: add the dependency "
                        + artifact + " (same version as augno-sdk-core).");
            }
            throw new ConfigurationException("Unknown secret reference scheme '" + reference.scheme()
                    + "'. Accepted forms: " + SecretReference.ACCEPTED_FORMS);
        }
        return factory.create(reference);
    }

    /** Returns the factories found, by scheme (the first one found wins a scheme). */
    public static Map<String, SecretProviderFactory> factories() {
        Map<String, SecretProviderFactory> byScheme = new TreeMap<>();
        load(Thread.currentThread().getContextClassLoader(), byScheme);
        load(SecretProviderRegistry.class.getClassLoader(), byScheme);
        return byScheme;
    }

    private static void load(@Nullable ClassLoader loader, Map<String, SecretProviderFactory> byScheme) {
        if (loader == null) {
            return;
        }
        ServiceLoader<SecretProviderFactory> services = ServiceLoader.load(SecretProviderFactory.class, loader);
        try {
            for (SecretProviderFactory factory : services) {
                for (String scheme : factory.schemes()) {
                    String s = scheme.toLowerCase(Locale.ROOT);
                    SecretProviderFactory existing = byScheme.putIfAbsent(s, factory);
                    if (existing != null && existing.getClass() != factory.getClass()) {
                        LOG.warn(
                                "Two secret provider factories claim scheme {}: using {}, ignoring {}",
                                s,
                                existing.getClass().getName(),
                                factory.getClass().getName());
                    }
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationException(
                    "A secret provider module on the class path is broken (" + e.getMessage() + ")", e);
        }
    }
}
