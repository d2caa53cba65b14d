package com.augno.sdk.runtime;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether this runtime may hold a secret key, and refuses the ones that may not: Android,
 * other mobile runtimes, iOS builds, browser-like runtimes (TeaVM, GraalVM Web Image, DoppioJVM, Java
 * translated to JavaScript or WebAssembly), Java Web Start and applets, and Robolectric.
 *
 * <p>{@code AugnoClient.Builder.build()} and the secret-provider paths call {@link #enforce()} before
 * any secret is fetched or any request is sent. The decision reads only values the runtime itself sets
 * ({@code java.vm.name}, {@code java.vendor}, {@code os.name}, ...), when it is called: never a value
 * cached at class initialisation, which a native image would have frozen at build time. Ordinary
 * servers (HotSpot, OpenJ9, GraalVM JIT and native-image servers) are allowed; an android.jar on a
 * server's class path, an ordinary JVM on an Android OS (Termux) and JavaFX only log a warning, once.
 *
 * <p>There is no override and no opt-out property. See {@code docs/security.md}, section "Runtime
 * guard". Thread-safe.
 */
public final class RuntimeGuard {
    static final String DOCS =
            "docs/security.md, \"Runtime guard\" (https://github.com/augno/augno-java/blob/main/docs/security.md#runtime-guard)";

    // Loaded by name, so that nothing the guard calls directly reaches SLF4J: Java-to-JavaScript
    // compilers such as TeaVM cannot translate SLF4J, and they must still compile the refusal.
    private static final String WARNING_LOG_CLASS = "com.augno.sdk.runtime.Slf4jWarningLog";
    private static volatile @Nullable Consumer<RuntimeAssessment> warningLog;

    private RuntimeGuard() {}

    /**
     * Checks the current runtime: throws when it is a client device or a browser-like runtime, and logs
     * each warning rule once (SLF4J logger {@code com.augno.sdk.runtime.RuntimeGuard}, level WARN).
     *
     * @throws UnsupportedRuntimeException on Android, other mobile runtimes, iOS, browser-like runtimes,
     *     Java Web Start, applets and Robolectric; the message names the rule and the values seen. Keep the
     *     SDK on your server and call your backend from the client instead.
     */
    public static void enforce() {
        enforce(PropertySource.system(), ClassProbe.of(sdkClassLoader()), new WarningLogWhenNeeded());
    }

    /**
     * Returns what the guard decides about the current runtime, without throwing or logging. Useful for
     * a start-up report; {@link #enforce()} is what the SDK itself calls.
     */
    public static RuntimeAssessment assess() {
        return assess(PropertySource.system(), ClassProbe.of(sdkClassLoader()));
    }

    static RuntimeAssessment assess(PropertySource properties, ClassProbe classes) {
        return new RuntimeDetector(properties, classes).assess();
    }

    static RuntimeAssessment enforce(
            PropertySource properties, ClassProbe classes, Consumer<RuntimeAssessment> warningLog) {
        RuntimeAssessment assessment = assess(properties, classes);
        if (assessment.refused()) {
            throw new UnsupportedRuntimeException(assessment);
        }
        if (!assessment.warnings().isEmpty()) {
            warningLog.accept(assessment);
        }
        return assessment;
    }

    // The SDK's own loader: inside Robolectric it is the sandbox loader, which is what rule ROBOLECTRIC
    // looks for.
    private static ClassLoader sdkClassLoader() {
        ClassLoader loader = RuntimeGuard.class.getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    private static Consumer<RuntimeAssessment> warningLog() {
        Consumer<RuntimeAssessment> log = warningLog;
        if (log == null) {
            log = loadWarningLog();
            warningLog = log;
        }
        return log;
    }

    /**
     * Loads the SLF4J warning log only when there is a warning to log: an ordinary server has none,
     * and SLF4J's own start-up need not delay the rest of the client's.
     */
    private static final class WarningLogWhenNeeded implements Consumer<RuntimeAssessment> {
        @Override
        public void accept(RuntimeAssessment assessment) {
            warningLog().accept(assessment);
        }
    }

    @SuppressWarnings("unchecked")
    private static Consumer<RuntimeAssessment> loadWarningLog() {
        try {
            return (Consumer<RuntimeAssessment>) Class.forName(WARNING_LOG_CLASS, true, sdkClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (Exception | LinkageError e) {
            // Only where the runtime cannot load SLF4J or reflect (TeaVM, which the guard refuses anyway).
            return assessment -> {};
        }
    }
}
