package com.augno.sdk.internal.resources;

import com.augno.sdk.internal.http.ClientContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Returns a new group entry point (or service) on {@code context}; initializes its class first. */
    public static <T> T create(Class<T> group, ClientContext context) {
        try {
            Class.forName(group.getName(), true, group.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("API group or service missing: " + group.getName(), e);
        }
        Function<ClientContext, ?> factory = FACTORIES.get(group);
        if (factory == null) {
            throw new IllegalStateException("API group or service did not register: " + group.getName());
        }
        return group.cast(factory.apply(context));
    }
}
