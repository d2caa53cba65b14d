package com.augno.sdk.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The decision: reads the values the runtime itself sets and applies the rules in {@link RuntimeRule}
 * order. Pure Java on purpose (strings, collections, {@code Class.forName}): no logging, HTTP or JSON
 * library, no {@code java.nio.file}, so that Java-to-JavaScript compilers such as TeaVM can translate it
 * and the refusal happens at run time with a clear message. One instance per assessment; not
 * thread-safe.
 */
final class RuntimeDetector {
    static final String UNSET = "(unset)";
    static final String UNREADABLE = "(unreadable)";
    private static final String ANDROID_VENDOR = "The Android Project";
    private static final String ANDROID_BUILD = "android.os.Build";
    private static final String ANDROID_APPLICATION = "android.app.Application";
    private static final String CODENAME_ONE_DISPLAY = "com.codename1.ui.Display";
    private static final int MAX_SHOWN = 100;

    private final PropertySource properties;
    private final ClassProbe classes;
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final List<String> unreadable = new ArrayList<>();

    RuntimeDetector(PropertySource properties, ClassProbe classes) {
        this.properties = properties;
        this.classes = classes;
    }

    RuntimeAssessment assess() {
        // Read everything first, so that valuesSeen() is the same whichever rule fires.
        Value vmName = property("java.vm.name");
        Value vendor = property("java.vendor");
        Value vmVendor = property("java.vm.vendor");
        Value runtimeName = property("java.runtime.name");
        Value osName = property("os.name");
        Value icu = property("android.icu.library.version");
        Value javafxPlatform = property("javafx.platform");
        Value javafxVersion = property("javafx.version");
        Value webStart = property("javawebstart.version");
        Value plugin = property("javaplugin.version");
        Value androidRoot = environment("ANDROID_ROOT");
        Value androidData = environment("ANDROID_DATA");
        @Nullable String buildLoader = probe(ANDROID_BUILD);
        @Nullable String applicationLoader = probe(ANDROID_APPLICATION);
        @Nullable String codenameOneLoader = probe(CODENAME_ONE_DISPLAY);
        @Nullable String fingerprint = null;
        if (buildLoader != null) {
            fingerprint = classes.staticStringField(ANDROID_BUILD, "FINGERPRINT");
            seen.put("android.os.Build.FINGERPRINT", fingerprint == null ? UNSET : shown(fingerprint));
        }

        Evidence refusal = new Evidence();
        // ANDROID: values ART/Dalvik set and apps cannot change (Android 7+ ignores setProperty on them).
        refusal.add(RuntimeRule.ANDROID, vmName, vmName.is("Dalvik"));
        refusal.add(RuntimeRule.ANDROID, runtimeName, runtimeName.contains("Android"));
        refusal.add(RuntimeRule.ANDROID, vendor, vendor.is(ANDROID_VENDOR));
        refusal.add(RuntimeRule.ANDROID, vmVendor, vmVendor.is(ANDROID_VENDOR));
        // MOBILE_VM: runtimes built on Android's libcore; servers never set android.icu.*.
        refusal.add(RuntimeRule.MOBILE_VM, vmName, vmName.isOneOf("RoboVM", "Multi-OS Engine"));
        refusal.add(RuntimeRule.MOBILE_VM, vendor, vendor.isOneOf("RoboVM", "Multi-OS Engine", "J2ObjC"));
        refusal.add(RuntimeRule.MOBILE_VM, vmVendor, vmVendor.isOneOf("RoboVM", "Multi-OS Engine", "J2ObjC"));
        refusal.add(RuntimeRule.MOBILE_VM, icu, icu.isSet());
        refusal.add(RuntimeRule.IOS, osName, osName.startsWith("iOS") || osName.startsWith("iPhone"));
        refusal.add(RuntimeRule.MOBILE_JAVAFX, javafxPlatform, javafxPlatform.isOneOf("android", "ios"));
        refusal.add(RuntimeRule.BROWSER, osName, osName.isOneOf("TeaVM", "Web Image", "doppio"));
        refusal.add(RuntimeRule.BROWSER, vmName, vmName.startsWith("DoppioJVM"));
        // A real VM always sets java.vm.name; an unreadable one is unknown, not missing.
        refusal.add(RuntimeRule.NOT_A_JVM, vmName, vmName.isMissing());
        refusal.add(RuntimeRule.WEB_START, webStart, webStart.isSet());
        refusal.add(RuntimeRule.APPLET, plugin, plugin.isSet());
        boolean robolectric = buildLoader != null
                && (buildLoader.startsWith("org.robolectric.") || "robolectric".equals(fingerprint));
        if (robolectric) {
            refusal.add(
                    RuntimeRule.ROBOLECTRIC,
                    ANDROID_BUILD + " loaded by " + buildLoader + ", FINGERPRINT="
                            + (fingerprint == null ? UNSET : shown(fingerprint)));
        }

        Evidence warnings = new Evidence();
        // On Android itself the classes are expected; the warning is about ordinary JVMs.
        boolean androidVm = refusal.has(RuntimeRule.ANDROID) || refusal.has(RuntimeRule.ROBOLECTRIC);
        if (!androidVm && (buildLoader != null || applicationLoader != null)) {
            warnings.add(
                    RuntimeRule.ANDROID_CLASSES_ON_CLASS_PATH,
                    loadable(ANDROID_BUILD, buildLoader) + ", " + loadable(ANDROID_APPLICATION, applicationLoader)
                            + "; java.vm.name=" + vmName.shown);
        }
        if (androidRoot.isSet() && androidData.isSet()) {
            warnings.add(
                    RuntimeRule.ANDROID_HOST,
                    "env ANDROID_ROOT=" + androidRoot.shown + ", env ANDROID_DATA=" + androidData.shown);
        }
        warnings.add(RuntimeRule.JAVAFX, javafxVersion, javafxVersion.isSet());
        if (codenameOneLoader != null) {
            warnings.add(RuntimeRule.CODENAME_ONE, loadable(CODENAME_ONE_DISPLAY, codenameOneLoader));
        }
        if (!unreadable.isEmpty()) {
            warnings.add(RuntimeRule.UNREADABLE_PROPERTY, "SecurityException reading " + String.join(", ", unreadable));
        }

        RuntimeRule rule = refusal.firstRule();
        List<RuntimeWarning> warningList = new ArrayList<>();
        for (Map.Entry<RuntimeRule, StringBuilder> e : warnings.byRule.entrySet()) {
            warningList.add(new RuntimeWarning(e.getKey(), e.getValue().toString()));
        }
        return new RuntimeAssessment(rule, rule == null ? "" : refusal.of(rule), warningList, seen);
    }

    private Value property(String key) {
        try {
            return record(key, properties.property(key), false);
        } catch (SecurityException e) {
            unreadable.add(key);
            return record(key, null, true);
        }
    }

    private Value environment(String name) {
        try {
            return record("env:" + name, properties.environmentVariable(name), false);
        } catch (SecurityException e) {
            unreadable.add("env:" + name);
            return record("env:" + name, null, true);
        }
    }

    private Value record(String key, @Nullable String raw, boolean unreadableValue) {
        Value value = new Value(key, raw == null ? null : raw.trim(), unreadableValue);
        seen.put(key, value.shown);
        return value;
    }

    private @Nullable String probe(String className) {
        String loader = classes.loaderOf(className);
        seen.put("class:" + className, loader == null ? "absent" : "loaded by " + loader);
        return loader;
    }

    private static String loadable(String className, @Nullable String loader) {
        return className + (loader == null ? " absent" : " loadable (" + loader + ")");
    }

    /** Shows a value in messages: bounded in length, and never anything that looks like an Augno key. */
    static String shown(String value) {
        if (com.augno.sdk.secrets.KeyShapes.looksLikeKey(value)) {
            return "(redacted)";
        }
        return value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
    }

    /** One value read by the guard: trimmed, or null when unset or unreadable. */
    private static final class Value {
        final String key;
        final @Nullable String value;
        final boolean unreadable;
        final String shown;

        Value(String key, @Nullable String value, boolean unreadable) {
            this.key = key;
            this.value = value;
            this.unreadable = unreadable;
            this.shown = unreadable ? UNREADABLE : value == null ? UNSET : "\"" + shown(value) + "\"";
        }

        boolean isSet() {
            return value != null && !value.isEmpty();
        }

        /** Unset or empty, and known to be so (a read that threw is unknown, not missing). */
        boolean isMissing() {
            return !unreadable && (value == null || value.isEmpty());
        }

        boolean is(String expected) {
            return value != null && value.equals(expected);
        }

        boolean isOneOf(String... expected) {
            for (String e : expected) {
                if (value != null && value.equalsIgnoreCase(e)) {
                    return true;
                }
            }
            return false;
        }

        boolean startsWith(String prefix) {
            return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
        }

        boolean contains(String part) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    /** The values that made each rule fire, in rule order. */
    private static final class Evidence {
        final Map<RuntimeRule, StringBuilder> byRule = new TreeMap<>();

        void add(RuntimeRule rule, Value value, boolean fired) {
            if (fired) {
                add(rule, value.key + "=" + value.shown);
            }
        }

        void add(RuntimeRule rule, String text) {
            StringBuilder sb = byRule.get(rule);
            if (sb == null) {
                byRule.put(rule, new StringBuilder(text));
            } else {
                sb.append(", ").append(text);
            }
        }

        boolean has(RuntimeRule rule) {
            return byRule.containsKey(rule);
        }

        @Nullable
        RuntimeRule firstRule() {
            return byRule.isEmpty() ? null : byRule.keySet().iterator().next();
        }

        String of(RuntimeRule rule) {
            StringBuilder sb = byRule.get(rule);
            return sb == null ? "" : sb.toString();
        }
    }
}
