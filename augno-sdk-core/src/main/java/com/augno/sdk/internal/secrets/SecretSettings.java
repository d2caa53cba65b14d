package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.config.Setting;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.SecretProvider;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the secret provider that configuration without code asks for (DESIGN.md section 4):
 * {@code augno.secret} / {@code AUGNO_SECRET}, else the default {@code env://AUGNO_API_KEY}.
 * System properties win over environment variables.
 */
public final class SecretSettings {
    /** The variable of the default reference. */
    public static final String DEFAULT_VARIABLE = "AUGNO_API_KEY";

    private SecretSettings() {}

    /**
     * Returns the provider of {@code setting} (usually {@link Setting#SECRET}) from the given
     * sources.
     *
     * @param setting {@link Setting#SECRET} or {@link Setting#ADMIN_SECRET}
     * @throws ConfigurationException if nothing is configured (listing every place looked) or the
     *     reference is malformed
     */
    public static SecretProvider provider(
            Setting setting, Function<String, @Nullable String> properties, Map<String, String> environment) {
        Objects.requireNonNull(setting, "setting == null");
        Objects.requireNonNull(properties, "properties == null");
        Objects.requireNonNull(environment, "environment == null");
        RuntimeGuard.enforce();
        Optional<String> configured = setting.configured(properties, environment);
        if (configured.isPresent()) {
            try {
                return SecretProviderRegistry.fromUri(configured.get(), environment::get);
            } catch (ConfigurationException e) {
                throw new ConfigurationException(
                        "The secret reference in " + setting.whereLooked() + " is unusable: " + e.getMessage(), e);
            }
        }
        Optional<String> fallback = setting.defaultValue();
        if (fallback.isPresent()) {
            String variable = fallback.get().startsWith("env://")
                    ? fallback.get().substring("env://".length())
                    : DEFAULT_VARIABLE;
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return SecretProviderRegistry.fromUri(fallback.get(), environment::get);
            }
            throw new ConfigurationException("No Augno API key is configured. Looked in: system property "
                    + setting.property() + " and environment variable " + setting.environmentVariable()
                    + " (a secret reference, e.g. aws-sm://prod/augno?region=eu-west-1#api_key), then the default "
                    + fallback.get() + " (environment variable " + variable + "): none is set. Set "
                    + setting.environmentVariable() + " to where the key is stored, or " + variable
                    + " to the key.");
        }
        throw new ConfigurationException("No secret reference is configured for this. Looked in: "
                + setting.whereLooked() + ". Set one of them to where the key is stored, e.g."
                + " aws-sm://prod/augno-admin?region=eu-west-1.");
    }

    /**
     * Returns the provider of {@link Setting#SECRET} from the real system properties and
     * environment.
     */
    public static SecretProvider provider() {
        return provider(Setting.SECRET, System::getProperty, System.getenv());
    }
}
