package com.augno.sdk.runtime;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A property source with fixed values; keys can be made to throw {@link SecurityException}. */
final class FakePropertySource implements PropertySource {
    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Set<String> forbidden = new HashSet<>();
    private boolean forbidAll;
    private int reads;

    FakePropertySource set(String key, String value) {
        properties.put(key, value);
        return this;
    }

    FakePropertySource properties(Map<String, String> values) {
        properties.putAll(values);
        return this;
    }

    FakePropertySource env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    FakePropertySource forbid(String key) {
        forbidden.add(key);
        return this;
    }

    FakePropertySource forbidAll() {
        forbidAll = true;
        return this;
    }

    int reads() {
        return reads;
    }

    @Override
    public @Nullable String property(String key) {
        reads++;
        if (forbidAll || forbidden.contains(key)) {
            throw new SecurityException("access denied (\"java.util.PropertyPermission\" \"" + key + "\" \"read\")");
        }
        return properties.get(key);
    }

    @Override
    public @Nullable String environmentVariable(String name) {
        reads++;
        if (forbidAll || forbidden.contains("env:" + name)) {
            throw new SecurityException("access denied (\"java.lang.RuntimePermission\" \"getenv." + name + "\")");
        }
        return environment.get(name);
    }
}
