package com.augno.sdk.runtime;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A class probe that "finds" the classes it was told about, with the loader and static fields given. */
final class FakeClassProbe implements ClassProbe {
    static final String APP_LOADER = "jdk.internal.loader.ClassLoaders$AppClassLoader";
    static final String ROBOLECTRIC_LOADER = "org.robolectric.internal.AndroidSandbox$SdkSandboxClassLoader";
    static final String ANDROID_LOADER = "dalvik.system.PathClassLoader";

    private final Map<String, String> loaders = new HashMap<>();
    private final Map<String, String> fields = new HashMap<>();

    static FakeClassProbe none() {
        return new FakeClassProbe();
    }

    FakeClassProbe withClass(String className, String loader) {
        loaders.put(className, loader);
        return this;
    }

    FakeClassProbe withField(String className, String field, String value) {
        fields.put(className + "#" + field, value);
        return this;
    }

    @Override
    public @Nullable String loaderOf(String className) {
        return loaders.get(className);
    }

    @Override
    public @Nullable String staticStringField(String className, String fieldName) {
        return loaders.containsKey(className) ? fields.get(className + "#" + fieldName) : null;
    }
}
