package com.augno.sdk.internal.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every setting ops can make without code (DESIGN.md section 4): its system property, environment
 * variable and default. System properties win over environment variables. The one place that
 * reads them.
 */
public enum Setting {
    /** The secret reference of the runtime key. */
    SECRET("augno.secret", "AUGNO_SECRET", "env://AUGNO_API_KEY"),
    /** The expected key mode ({@code sandbox} or {@code production}). */
    KEY_MODE("augno.keyMode", "AUGNO_KEY_MODE", null),
    /** The API base URL. */
    BASE_URL("augno.baseUrl", "AUGNO_BASE_URL", "https://api.augno.com"),
    /** The {@code Augno-Account} header. */
    ACCOUNT("augno.account", "AUGNO_ACCOUNT", null),
    /** The secret reference of the admin key (CLI, rotation). */
    ADMIN_SECRET("augno.adminSecret", "AUGNO_ADMIN_SECRET", null);

    private final String property;
    private final String environmentVariable;
    private final @Nullable String defaultValue;

    Setting(String property, String environmentVariable, @Nullable String defaultValue) {
        this.property = property;
        this.environmentVariable = environmentVariable;
        this.defaultValue = defaultValue;
    }

    /** Returns the system property name. */
    public String property() {
        return property;
    }

    /** Returns the environment variable name. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** Returns the default, if the setting has one. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** Returns the value from the real system properties and environment, without the default. */
    public Optional<String> configured() {
        return configured(System::getProperty, System.getenv());
    }

    /**
     * Returns the value from the given sources (property first, then environment), blank values
     * counting as unset, without the default.
     */
    public Optional<String> configured(Function<String, @Nullable String> properties, Map<String, String> environment) {
        String p = properties.apply(property);
        if (p != null && !p.isBlank()) {
            return Optional.of(p.trim());
        }
        String e = environment.get(environmentVariable);
        if (e != null && !e.isBlank()) {
            return Optional.of(e.trim());
        }
        return Optional.empty();
    }

    /** Returns a description of where this setting is looked for, for error messages. */
    public String whereLooked() {
        return "system property " + property + ", environment variable " + environmentVariable;
    }
}
