package com.augno.sdk.runtime;

import org.jspecify.annotations.Nullable;

/**
 * How the guard looks for marker classes. Tests pass a fake; {@link #of(ClassLoader)} asks a real
 * class loader. Every failure (class missing, linkage error, security) means "absent".
 */
interface ClassProbe {

    /**
     * Returns the class name of the loader that defines the class ({@code bootstrap} for the bootstrap
     * loader), or null when the class cannot be loaded. Does not initialise the class.
     */
    @Nullable
    String loaderOf(String className);

    /**
     * Returns the value of a public static {@code String} field, initialising the class, or null when
     * the class or field is missing, the value is not a string, or reading it failed (a modern
     * android.jar throws {@code RuntimeException("Stub!")}).
     */
    @Nullable
    String staticStringField(String className, String fieldName);

    /** Returns a probe that asks {@code loader}. */
    static ClassProbe of(ClassLoader loader) {
        return new LoaderProbe(loader);
    }

    /** A probe backed by a real class loader. */
    final class LoaderProbe implements ClassProbe {
        private final ClassLoader loader;

        LoaderProbe(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public @Nullable String loaderOf(String className) {
            try {
                ClassLoader definedBy = Class.forName(className, false, loader).getClassLoader();
                return definedBy == null ? "bootstrap" : definedBy.getClass().getName();
            } catch (Exception | LinkageError e) {
                return null;
            }
        }

        @Override
        public @Nullable String staticStringField(String className, String fieldName) {
            try {
                Object value = Class.forName(className, true, loader)
                        .getField(fieldName)
                        .get(null);
                return value instanceof String ? (String) value : null;
            } catch (Exception | LinkageError e) {
                return null;
            }
        }
    }
}
