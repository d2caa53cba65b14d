package com.augno.sdk.internal.resources;

import com.augno.sdk.internal.http.ClientContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Not API: how {@code AugnoClient} creates the generated group entry points ({@code CatalogApi},
 * ...) without them having a public constructor that takes the internal {@link ClientContext}:
 * each group registers its private constructor when its class is initialized.
 */
public final class ApiGroups {
    private static final Map<Class<?>, Function<ClientContext, ?>> FACTORIES = new ConcurrentHashMap<>();

    private ApiGroups() {}

    /** Called from a generated group's static initializer. */
    public static <T> void register(Class<T> group, Function<ClientContext, T> factory) {
        FACTORIES.put(group, factory);
    }

    /** Returns a new group entry point on {@code context}; initializes the group's class first. */
    public static <T> T create(Class<T> group, ClientContext context) {
        try {
            Class.forName(group.getName(), true, group.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated API group missing: " + group.getName(), e);
        }
        Function<ClientContext, ?> factory = FACTORIES.get(group);
        if (factory == null) {
            throw new IllegalStateException("generated API group did not register: " + group.getName());
        }
        return group.cast(factory.apply(context));
    }
}
