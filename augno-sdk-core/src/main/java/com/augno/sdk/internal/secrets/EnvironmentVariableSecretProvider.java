package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the {@code env://VARIABLE[#field]} provider. Reads the variable at every fetch; an
 * environment variable has no version id.
 */
public final class EnvironmentVariableSecretProvider implements SecretProvider {
    private final String variable;
    private final @Nullable String jsonField;
    private final Function<String, @Nullable String> environment;
    private final String description;

    private EnvironmentVariableSecretProvider(
            String variable, @Nullable String jsonField, Function<String, @Nullable String> environment) {
        this.variable = variable;
        this.jsonField = jsonField;
        this.environment = environment;
        this.description = "env://" + variable + (jsonField == null ? "" : "#" + jsonField);
    }

    /**
     * Returns a provider over the process environment.
     *
     * @throws ConfigurationException if the reference is not {@code env://VARIABLE[#field]}
     */
    public static EnvironmentVariableSecretProvider create(SecretReference reference) {
        return create(reference, System::getenv);
    }

    /**
     * Returns a provider reading variables through {@code environment} (tests, or a snapshot of
     * the environment).
     *
     * @throws ConfigurationException if the reference is not {@code env://VARIABLE[#field]}
     */
    public static EnvironmentVariableSecretProvider create(
            SecretReference reference, Function<String, @Nullable String> environment) {
        Objects.requireNonNull(reference, "reference == null");
        Objects.requireNonNull(environment, "environment == null");
        if (!reference.scheme().equals("env")) {
            throw new IllegalArgumentException("not an env:// reference: " + reference.scheme());
        }
        reference.requireOnlyParameters(java.util.Set.of());
        return new EnvironmentVariableSecretProvider(
                checkName(reference.target()), reference.jsonField().orElse(null), environment);
    }

    /**
     * Checks an environment variable name: letters, digits and {@code _}, not starting with a
     * digit.
     *
     * @throws ConfigurationException otherwise, or (without echoing it) when it looks like a key
     */
    public static String checkName(String name) {
        // First: a key passed where the variable's name belongs must not be echoed below.
        KeyShapes.refuseKey(name, "The environment variable name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConfigurationException("env://" + name + " does not name an environment variable: use"
                    + " letters, digits and '_' only, e.g. env://AUGNO_API_KEY.");
        }
        return name;
    }

    /**
     * Reads the variable.
     *
     * @throws SecretNotFoundException if it is not set
     * @throws com.augno.sdk.errors.InvalidApiKeyException if a JSON field was asked for and the
     *     value is not JSON or lacks it
     */
    @Override
    public SecretValue fetch() {
        RuntimeGuard.enforce();
        String value = environment.apply(variable);
        if (value == null) {
            throw new SecretNotFoundException(
                    description,
                    "environment variable " + variable + " is not set. Set it, or point AUGNO_SECRET"
                            + " at the store that holds the key.");
        }
        SecretValue secret = SecretValue.of(value, null, Clock.systemUTC().instant());
        return jsonField == null ? secret : JsonSecrets.extractField(secret, jsonField, description);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "EnvironmentVariableSecretProvider(" + description + ")";
    }
}
