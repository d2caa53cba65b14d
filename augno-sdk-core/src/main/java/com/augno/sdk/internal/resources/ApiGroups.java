package com.augno.sdk.internal.resources;

import com.augno.sdk.internal.http.ClientContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Not API: how {@code AugnoClient} creates the generated group entry points ({@code CatalogApi},
 * ...), and how a generated group creates a hand-written service ({@code ApiKeyService}, in
 * another package), without either having a public constructor that takes the internal {@link
 * ClientContext}: each registers its private constructor when its class is initialized.
 */
public final class ApiGroups {
    private static final Map<Class<?>, Function<ClientContext, ?>> FACTORIES = new ConcurrentHashMap<>();

    private ApiGroups() {}

    /** Called from a generated group's (or hand-written service's) static initializer. */
    public static <T> void register(Class<T> group, Function<ClientContext, T> factory) {
        FACTORIES.put(group, factory);
    }

    /**
     * Returns the group entry point (or service) of {@code context}, made on first use (its class
     * initialized first, which registers its factory) and the same one after: the lookup is on
     * every call's path.
     */
    public static <T> T create(Class<T> group, ClientContext context) {
        ConcurrentMap<Class<?>, Object> made = context.entryPoints();
        Object existing = made.get(group);
        if (existing == null) {
            Object created = factory(group).apply(context);
            existing = made.putIfAbsent(group, created);
            if (existing == null) {
                existing = created;
            }
        }
        return group.cast(existing);
    }

    private static Function<ClientContext, ?> factory(Class<?> group) {
        Function<ClientContext, ?> factory = FACTORIES.get(group);
        if (factory != null) {
            return factory;
        }
        try {
            Class.forName(group.getName(), true, group.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("API group or service missing: " + group.getName(), e);
        }
        factory = FACTORIES.get(group);
        if (factory == null) {
            throw new IllegalStateException("API group or service did not register: " + group.getName());
        }
        return factory;
    }
}
