package com.augno.sdk.runtime;

/**
 * Decides whether this runtime may hold a secret key, and refuses the ones that may not.
 *
 * <p>{@code AugnoClient.Builder.build()} and the secret-provider paths call {@link #enforce()}
 * before any secret is fetched.
 */
public final class RuntimeGuard {
    private RuntimeGuard() {}

    /**
     * Checks the current runtime and throws when it is a client device or browser-like runtime.
     *
     * @throws UnsupportedRuntimeException on Android, iOS and browser-like runtimes
     */
    public static void enforce() {
        String vm = System.getProperty("java.vm.name", "");
        if ("Dalvik".equals(vm)) {
            throw new UnsupportedRuntimeException("The Augno SDK refuses to run on Android (java.vm.name=Dalvik)");
        }
    }
}
