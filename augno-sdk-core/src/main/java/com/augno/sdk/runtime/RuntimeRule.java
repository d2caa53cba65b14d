package com.augno.sdk.runtime;

/**
 * A rule of the {@link RuntimeGuard}: either a refusal (the runtime is a client device or a
 * browser-like environment, where a secret key must never ship) or a warning (something unusual for
 * a server, logged once, never refused).
 *
 * <p>Refusal rules read only values that the runtime itself sets (system properties such as
 * {@code java.vm.name}), or, for {@link #ROBOLECTRIC}, the class loader of {@code android.os.Build};
 * an ordinary server never matches them. There is no setting that turns a refusal into a warning.
 */
public enum RuntimeRule {
    /** Android's runtime (ART or Dalvik): {@code java.vm.name=Dalvik}, the Android vendor or runtime name. */
    ANDROID(true, "an Android app (ART/Dalvik runtime)"),
    /**
     * A mobile runtime built on Android's class library: RoboVM/MobiVM, Multi-OS Engine or J2ObjC, or the
     * {@code android.icu.library.version} property that only those runtimes set.
     */
    MOBILE_VM(true, "a mobile app runtime (RoboVM/MobiVM, Multi-OS Engine or J2ObjC)"),
    /** An iOS build: {@code os.name} starts with {@code iOS} or {@code iPhone}. */
    IOS(true, "an iOS app"),
    /** A mobile JavaFX build (Gluon): {@code javafx.platform} is {@code android} or {@code ios}. */
    MOBILE_JAVAFX(true, "a mobile JavaFX app (javafx.platform android/ios)"),
    /** A runtime that runs Java in a browser or a JavaScript engine: TeaVM, GraalVM Web Image, DoppioJVM. */
    BROWSER(true, "a browser-like runtime (TeaVM, GraalVM Web Image or DoppioJVM)"),
    /**
     * No {@code java.vm.name}: every real Java VM sets it (Java SE requires it), while Java-to-JavaScript,
     * Java-to-WebAssembly and Java-to-Objective-C compilers (TeaVM, GWT, J2CL, J2ObjC) leave it unset or
     * empty.
     */
    NOT_A_JVM(true, "a Java-to-JavaScript/WebAssembly/native translation (no java.vm.name)"),
    /** Java Web Start, IcedTea-Web or OpenWebStart: {@code javawebstart.version} is set. */
    WEB_START(true, "an application delivered to a desktop by Java Web Start"),
    /** A Java applet in the browser plug-in: {@code javaplugin.version} is set. */
    APPLET(true, "a Java applet in a browser"),
    /**
     * Robolectric: {@code android.os.Build} comes from Robolectric's sandbox class loader, or its
     * {@code FINGERPRINT} is {@code robolectric}. The SDK is running inside the unit tests of an Android
     * app module, which means the app itself depends on the SDK.
     */
    ROBOLECTRIC(true, "the unit tests of an Android app (Robolectric), so the app itself depends on the SDK"),

    /**
     * Warning only: {@code android.os.Build} or {@code android.app.Application} can be loaded on an
     * ordinary JVM (an android.jar on a server, IDE or build-tool class path).
     */
    ANDROID_CLASSES_ON_CLASS_PATH(false, "Android classes on the class path of an ordinary JVM"),
    /**
     * Warning only: an ordinary JVM on an Android device ({@code ANDROID_ROOT} and {@code ANDROID_DATA}
     * are set), such as OpenJDK in Termux.
     */
    ANDROID_HOST(false, "an ordinary JVM running on an Android operating system (e.g. Termux)"),
    /** Warning only: JavaFX is running ({@code javafx.version} is set), which suggests a desktop client. */
    JAVAFX(false, "JavaFX is present, which suggests a desktop client application"),
    /**
     * Warning only: Codename One classes can be loaded; its Android build is refused by {@link #ANDROID},
     * its other targets cannot be told apart reliably.
     */
    CODENAME_ONE(false, "Codename One classes on the class path"),
    /** Warning only: reading a property the guard needs threw {@code SecurityException}; it counts as unknown. */
    UNREADABLE_PROPERTY(false, "a security manager forbids reading runtime properties");

    private final boolean refuses;
    private final String description;

    RuntimeRule(boolean refuses, String description) {
        this.refuses = refuses;
        this.description = description;
    }

    /** Returns true for refusal rules, false for rules that only warn. */
    public boolean refuses() {
        return refuses;
    }

    /** Returns what the rule recognises, in words (for messages and logs). */
    public String description() {
        return description;
    }
}
