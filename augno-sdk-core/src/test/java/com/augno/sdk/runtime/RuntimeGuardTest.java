package com.augno.sdk.runtime;

import static com.augno.sdk.runtime.RuntimeAssessment.Kind.ALLOW;
import static com.augno.sdk.runtime.RuntimeAssessment.Kind.REFUSE;
import static com.augno.sdk.runtime.RuntimeAssessment.Kind.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.runtime.RuntimeAssessment.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per runtime of the research (docs/security.md, "Runtime guard"), with the exact property
 * values each runtime sets: the guard must refuse, warn or allow, and name the rule that fired.
 */
class RuntimeGuardTest {

    // Observed on this project's machines: Debian OpenJDK 17.
    private static final Map<String, String> HOTSPOT = props(
            "java.vm.name", "OpenJDK 64-Bit Server VM",
            "java.vendor", "Debian",
            "java.vm.vendor", "Debian",
            "java.runtime.name", "OpenJDK Runtime Environment",
            "java.version", "17.0.15",
            "java.specification.vendor", "Oracle Corporation",
            "os.name", "Linux");

    // AOSP libcore AndroidHardcodedSystemProperties (Android 7+) and System.initSystemProperties (<= 6).
    private static final Map<String, String> ANDROID_7 = props(
            "java.vm.name", "Dalvik",
            "java.vendor", "The Android Project",
            "java.vm.vendor", "The Android Project",
            "java.specification.vendor", "The Android Project",
            "java.vendor.url", "http://www.android.com/",
            "java.runtime.name", "Android Runtime",
            "java.version", "0",
            "java.specification.version", "0.9",
            "os.name", "Linux",
            "android.icu.library.version", "72.1.0.1",
            "android.icu.unicode.version", "15.0",
            "android.icu.cldr.version", "42.0");

    private static final Map<String, String> TEAVM_0_16 = props(
            "os.name", "TeaVM",
            "java.version", "21",
            "java.vm.version", "21",
            "java.io.tmpdir", "/tmp",
            "user.home", "/",
            "file.separator", "/",
            "path.separator", ":",
            "line.separator", "\n");

    static Stream<RuntimeCase> runtimes() {
        return Stream.of(
                // Refused: Android and other mobile runtimes.
                refuse("Android 7+ (ART, ojluni libcore)", RuntimeRule.ANDROID).props(ANDROID_7),
                refuse("Android <= 6 (luni libcore)", RuntimeRule.ANDROID)
                        .props(ANDROID_7)
                        .without(
                                "android.icu.library.version",
                                "android.icu.unicode.version",
                                "android.icu.cldr.version"),
                refuse("Android with its framework classes loaded", RuntimeRule.ANDROID)
                        .props(ANDROID_7)
                        .classes(FakeClassProbe.none()
                                .withClass("android.os.Build", FakeClassProbe.ANDROID_LOADER)
                                .withClass("android.app.Application", FakeClassProbe.ANDROID_LOADER)
                                .withField(
                                        "android.os.Build",
                                        "FINGERPRINT",
                                        "google/panther/panther:14/UQ1A/1:user/release-keys")),
                refuse("Android: java.vm.name alone", RuntimeRule.ANDROID)
                        .props(HOTSPOT)
                        .set("java.vm.name", "Dalvik"),
                refuse("Android: java.runtime.name alone", RuntimeRule.ANDROID)
                        .props(HOTSPOT)
                        .set("java.runtime.name", "Android Runtime"),
                refuse("Android: java.vendor alone", RuntimeRule.ANDROID)
                        .props(HOTSPOT)
                        .set("java.vendor", "The Android Project"),
                refuse("Multi-OS Engine (moe-master, iOS)", RuntimeRule.MOBILE_VM)
                        .props(props(
                                "java.vm.name", "Multi-OS Engine",
                                "java.vendor", "Multi-OS Engine",
                                "java.vm.vendor", "Multi-OS Engine",
                                "java.runtime.name", "Multi-OS Engine Runtime",
                                "java.specification.name", "Multi-OS Engine Core Library",
                                "os.name", "Darwin",
                                "android.icu.library.version", "60.2")),
                refuse("Multi-OS Engine, older (reports Dalvik)", RuntimeRule.ANDROID)
                        .props(ANDROID_7)
                        .set("os.name", "Darwin"),
                refuse("RoboVM/MobiVM on an iOS device", RuntimeRule.MOBILE_VM).props(robovm("iOS")),
                refuse("RoboVM/MobiVM in the iOS simulator", RuntimeRule.MOBILE_VM)
                        .props(robovm("iOS Simulator")),
                refuse("RoboVM/MobiVM on macOS", RuntimeRule.MOBILE_VM).props(robovm("Mac OS X")),
                refuse("J2ObjC on an iPhone", RuntimeRule.MOBILE_VM).props(j2objc("iPhone")),
                refuse("J2ObjC in the simulator", RuntimeRule.MOBILE_VM).props(j2objc("iPhone Simulator")),
                refuse("Android markers only through android.icu", RuntimeRule.MOBILE_VM)
                        .props(HOTSPOT)
                        .set("android.icu.library.version", "72.1"),
                // Refused: iOS and mobile packaging.
                refuse("GraalVM native image on iOS (Gluon)", RuntimeRule.IOS)
                        .props(props(
                                "java.vm.name", "Substrate VM",
                                "java.runtime.name", "GraalVM Runtime Environment",
                                "java.vendor", "GraalVM Community",
                                "os.name", "iOS",
                                "javafx.platform", "ios",
                                "org.graalvm.nativeimage.imagecode", "runtime")),
                refuse("a JVM launcher on iOS", RuntimeRule.IOS).props(HOTSPOT).set("os.name", "iOS"),
                refuse("GraalVM native image on Android (Gluon)", RuntimeRule.MOBILE_JAVAFX)
                        .props(props(
                                "java.vm.name", "Substrate VM",
                                "java.runtime.name", "GraalVM Runtime Environment",
                                "os.name", "Linux",
                                "javafx.platform", "android",
                                "org.graalvm.nativeimage.imagecode", "runtime")),
                // Refused: browser-like runtimes.
                refuse("TeaVM 0.16 (only 8 properties)", RuntimeRule.BROWSER).props(TEAVM_0_16),
                refuse("TeaVM, older releases", RuntimeRule.BROWSER)
                        .props(TEAVM_0_16)
                        .set("java.version", "1.8")
                        .set("java.vm.version", "1.8"),
                refuse("GraalVM Web Image", RuntimeRule.BROWSER)
                        .props(props(
                                "java.vm.name", "Substrate VM",
                                "os.name", "Web Image",
                                "os.version", "0.0",
                                "user.name", "No user name",
                                "user.home", "No user home")),
                refuse("DoppioJVM", RuntimeRule.BROWSER)
                        .props(props(
                                "os.name", "doppio",
                                "os.arch", "js",
                                "java.vm.name", "DoppioJVM 32-bit VM",
                                "java.vendor", "Doppio",
                                "java.vm.vendor", "PLASMA@UMass")),
                refuse("GWT / J2CL / J2Wasm (no standard property)", RuntimeRule.NOT_A_JVM),
                refuse("an unknown translator with an empty java.vm.name", RuntimeRule.NOT_A_JVM)
                        .props(HOTSPOT)
                        .set("java.vm.name", "  "),
                // Refused: client delivery on a desktop JVM.
                refuse("Java Web Start (IcedTea-Web sandbox)", RuntimeRule.WEB_START)
                        .props(HOTSPOT)
                        .set("javawebstart.version", "javaws-17.0.15")
                        .set("jnlp.probe", "set-from-jnlp")
                        .forbid("java.runtime.name")
                        .warns(RuntimeRule.UNREADABLE_PROPERTY),
                refuse("Java applet (Java Plug-in)", RuntimeRule.APPLET)
                        .props(HOTSPOT)
                        .set("javaplugin.version", "1.8.0_401"),
                // Refused: Robolectric, that is the SDK inside an Android app module's tests.
                refuse("Robolectric sandbox (loader and fingerprint)", RuntimeRule.ROBOLECTRIC)
                        .props(HOTSPOT)
                        .classes(FakeClassProbe.none()
                                .withClass("android.os.Build", FakeClassProbe.ROBOLECTRIC_LOADER)
                                .withClass("android.app.Application", FakeClassProbe.ROBOLECTRIC_LOADER)
                                .withField("android.os.Build", "FINGERPRINT", "robolectric")),
                refuse("Robolectric, recognised by the fingerprint alone", RuntimeRule.ROBOLECTRIC)
                        .props(HOTSPOT)
                        .classes(FakeClassProbe.none()
                                .withClass("android.os.Build", "org.example.CustomSandboxLoader")
                                .withField("android.os.Build", "FINGERPRINT", "robolectric")),

                // Warned: unusual for a server, but never refused.
                warn(
                                "HotSpot with android.jar on the class path (IDE, Gradle, server)",
                                RuntimeRule.ANDROID_CLASSES_ON_CLASS_PATH)
                        .props(HOTSPOT)
                        .classes(FakeClassProbe.none()
                                .withClass("android.os.Build", FakeClassProbe.APP_LOADER)
                                .withClass("android.app.Application", FakeClassProbe.APP_LOADER)),
                warn(
                                "plain JUnit test of an Android module, outside the Robolectric sandbox",
                                RuntimeRule.ANDROID_CLASSES_ON_CLASS_PATH)
                        .props(HOTSPOT)
                        .classes(FakeClassProbe.none()
                                .withClass("android.os.Build", FakeClassProbe.APP_LOADER)
                                .withClass("org.robolectric.Robolectric", FakeClassProbe.APP_LOADER)),
                warn("a modern android.jar whose fields throw Stub!", RuntimeRule.ANDROID_CLASSES_ON_CLASS_PATH)
                        .props(HOTSPOT)
                        .classes(FakeClassProbe.none().withClass("android.app.Application", FakeClassProbe.APP_LOADER)),
                warn("OpenJDK in Termux on an Android phone", RuntimeRule.ANDROID_HOST)
                        .props(HOTSPOT)
                        .set("java.vendor", "Termux")
                        .set("java.vm.vendor", "Termux")
                        .env("ANDROID_ROOT", "/system")
                        .env("ANDROID_DATA", "/data"),
                warn("desktop JavaFX application", RuntimeRule.JAVAFX)
                        .props(HOTSPOT)
                        .set("javafx.version", "21.0.2")
                        .set("javafx.runtime.version", "21.0.2+5"),
                warn("Codename One simulator on a desktop JVM", RuntimeRule.CODENAME_ONE)
                        .props(HOTSPOT)
                        .classes(
                                FakeClassProbe.none().withClass("com.codename1.ui.Display", FakeClassProbe.APP_LOADER)),
                warn("a security manager that forbids every read", RuntimeRule.UNREADABLE_PROPERTY)
                        .forbidAll(),

                // Allowed: ordinary servers.
                allow("HotSpot (Debian OpenJDK 17)").props(HOTSPOT),
                allow("Temurin 25")
                        .props(props(
                                "java.vm.name", "OpenJDK 64-Bit Server VM",
                                "java.vendor", "Eclipse Adoptium",
                                "java.vm.vendor", "Eclipse Adoptium",
                                "java.runtime.name", "OpenJDK Runtime Environment",
                                "os.name", "Linux")),
                allow("OpenJ9 (IBM Semeru)")
                        .props(props(
                                "java.vm.name", "Eclipse OpenJ9 VM",
                                "java.vendor", "IBM Corporation",
                                "java.vm.vendor", "Eclipse OpenJ9",
                                "java.runtime.name", "IBM Semeru Runtime Open Edition",
                                "os.name", "Linux")),
                allow("Amazon Corretto on Windows")
                        .props(props(
                                "java.vm.name", "OpenJDK 64-Bit Server VM",
                                "java.vendor", "Amazon.com Inc.",
                                "java.vm.vendor", "Amazon.com Inc.",
                                "java.runtime.name", "OpenJDK Runtime Environment",
                                "os.name", "Windows Server 2022")),
                allow("GraalVM JIT (Oracle GraalVM)")
                        .props(props(
                                "java.vm.name", "Java HotSpot(TM) 64-Bit Server VM",
                                "java.vendor", "Oracle Corporation",
                                "java.vm.vendor", "Oracle Corporation",
                                "java.runtime.name", "Java(TM) SE Runtime Environment",
                                "os.name", "Linux")),
                allow("GraalVM native-image server on Linux (Substrate VM)")
                        .props(props(
                                "java.vm.name", "Substrate VM",
                                "java.vendor", "GraalVM Community",
                                "java.vm.vendor", "GraalVM Community",
                                "java.runtime.name", "GraalVM Runtime Environment",
                                "os.name", "Linux",
                                "org.graalvm.nativeimage.imagecode", "runtime")),
                allow("GraalVM native-image server on macOS (Substrate VM)")
                        .props(props(
                                "java.vm.name", "Substrate VM",
                                "java.runtime.name", "GraalVM Runtime Environment",
                                "os.name", "Mac OS X",
                                "org.graalvm.nativeimage.imagecode", "runtime")),
                allow("only ANDROID_ROOT set (not an Android OS)")
                        .props(HOTSPOT)
                        .env("ANDROID_ROOT", "/opt/android"),
                allow("Robolectric jar present, android.os.Build absent")
                        .props(HOTSPOT)
                        .classes(FakeClassProbe.none()
                                .withClass("org.robolectric.Robolectric", FakeClassProbe.APP_LOADER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimes")
    void decidesEachRuntimeByTheRuleOfTheResearch(RuntimeCase row) {
        RuntimeAssessment assessment = RuntimeGuard.assess(row.source(), row.probe);

        assertThat(assessment.kind()).as("%s", assessment).isEqualTo(row.kind);
        assertThat(assessment.rule()).as("%s", assessment).isEqualTo(row.rule);
        assertThat(assessment.warnings())
                .extracting(RuntimeWarning::rule)
                .as("%s", assessment)
                .containsExactlyElementsOf(row.warnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimes")
    void enforceThrowsExactlyWhenTheAssessmentRefuses(RuntimeCase row) {
        List<RuntimeAssessment> logged = new ArrayList<>();

        if (row.kind == REFUSE) {
            assertThatThrownBy(() -> RuntimeGuard.enforce(row.source(), row.probe, logged::add))
                    .isInstanceOfSatisfying(
                            UnsupportedRuntimeException.class,
                            e -> assertThat(e.rule()).isEqualTo(row.rule));
            assertThat(logged).as("a refusal logs nothing, it throws").isEmpty();
        } else {
            RuntimeAssessment assessment = RuntimeGuard.enforce(row.source(), row.probe, logged::add);
            assertThat(logged).hasSize(row.kind == WARN ? 1 : 0);
            assertThat(assessment.refused()).isFalse();
        }
    }

    @Test
    void refusalMessageNamesTheRuleTheValuesWhyAndTheDocs() {
        FakePropertySource android = new FakePropertySource().properties(ANDROID_7);

        assertThatThrownBy(() -> RuntimeGuard.enforce(android, FakeClassProbe.none(), a -> {}))
                .isInstanceOf(UnsupportedRuntimeException.class)
                .hasMessageContaining("an Android app")
                .hasMessageContaining("rule ANDROID")
                .hasMessageContaining("java.vm.name=\"Dalvik\"")
                .hasMessageContaining("java.runtime.name=\"Android Runtime\"")
                .hasMessageContaining("java.vendor=\"The Android Project\"")
                .hasMessageContaining("secret key must stay on a server")
                .hasMessageContaining("Call your own backend")
                .hasMessageContaining("There is no setting that turns this check off")
                .hasMessageContaining("docs/security.md");
    }

    @Test
    void robolectricMessageSaysTheSdkIsInsideAnAndroidAppsTests() {
        FakeClassProbe sandbox = FakeClassProbe.none()
                .withClass("android.os.Build", FakeClassProbe.ROBOLECTRIC_LOADER)
                .withField("android.os.Build", "FINGERPRINT", "robolectric");

        assertThatThrownBy(() -> RuntimeGuard.enforce(new FakePropertySource().properties(HOTSPOT), sandbox, a -> {}))
                .isInstanceOf(UnsupportedRuntimeException.class)
                .hasMessageContaining("the unit tests of an Android app (Robolectric)")
                .hasMessageContaining("the app itself depends on the SDK")
                .hasMessageContaining(FakeClassProbe.ROBOLECTRIC_LOADER);
    }

    @Test
    void valuesSeenShowUnsetAndUnreadableValues() {
        FakePropertySource source = new FakePropertySource()
                .properties(HOTSPOT)
                .forbid("java.runtime.name")
                .set("javawebstart.version", "javaws-17.0.15");

        RuntimeAssessment assessment = RuntimeGuard.assess(source, FakeClassProbe.none());

        assertThat(assessment.valuesSeen())
                .containsEntry("java.vm.name", "\"OpenJDK 64-Bit Server VM\"")
                .containsEntry("java.runtime.name", RuntimeDetector.UNREADABLE)
                .containsEntry("javaplugin.version", RuntimeDetector.UNSET)
                .containsEntry("env:ANDROID_ROOT", RuntimeDetector.UNSET)
                .containsEntry("class:android.os.Build", "absent");
        assertThat(assessment.evidence()).isEqualTo("javawebstart.version=\"javaws-17.0.15\"");
        assertThat(assessment.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.evidence()).isEqualTo("SecurityException reading java.runtime.name"));
    }

    @Test
    void anUnreadableVmNameIsUnknownNotMissing() {
        FakePropertySource source = new FakePropertySource().properties(HOTSPOT).forbid("java.vm.name");

        RuntimeAssessment assessment = RuntimeGuard.assess(source, FakeClassProbe.none());

        assertThat(assessment.kind()).isEqualTo(WARN);
        assertThat(assessment.warnings())
                .extracting(RuntimeWarning::rule)
                .containsExactly(RuntimeRule.UNREADABLE_PROPERTY);
    }

    @Test
    void everyCallReadsTheValuesAgain() {
        MutableSource source = new MutableSource(HOTSPOT);
        assertThat(RuntimeGuard.assess(source, FakeClassProbe.none()).kind()).isEqualTo(ALLOW);

        source.values.put("java.vm.name", "Dalvik");

        assertThat(RuntimeGuard.assess(source, FakeClassProbe.none()).rule()).isEqualTo(RuntimeRule.ANDROID);
    }

    @Test
    void aKeyShapedValueNeverReachesTheMessage() {
        String key = LeakCanary.register(TestKeys.production());
        FakePropertySource source = new FakePropertySource().properties(HOTSPOT).set("javaplugin.version", key);

        assertThatThrownBy(() -> RuntimeGuard.enforce(source, FakeClassProbe.none(), a -> {}))
                .isInstanceOfSatisfying(UnsupportedRuntimeException.class, e -> {
                    assertThat(e.rule()).isEqualTo(RuntimeRule.APPLET);
                    assertThat(e).hasMessageContaining("javaplugin.version=\"(redacted)\"");
                    LeakCanary.assertNoLeak(e, RuntimeGuard.assess(source, FakeClassProbe.none()));
                });
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String longName = "x".repeat(500);
        FakePropertySource source = new FakePropertySource().properties(HOTSPOT).set("os.name", "iOS " + longName);

        RuntimeAssessment assessment = RuntimeGuard.assess(source, FakeClassProbe.none());

        assertThat(assessment.rule()).isEqualTo(RuntimeRule.IOS);
        assertThat(assessment.refusalMessage()).hasSizeLessThan(1000).contains("...");
    }

    @Test
    void theRealJvmRunningTheseTestsIsAServer() {
        RuntimeAssessment assessment = RuntimeGuard.assess();

        assertThat(assessment.refused()).as("%s", assessment).isFalse();
        assertThat(assessment.valuesSeen().get("java.vm.name")).contains(System.getProperty("java.vm.name"));
        RuntimeGuard.enforce();
    }

    @Test
    void theRealClassProbeFindsClassesAndTheirLoader() {
        ClassProbe probe = ClassProbe.of(RuntimeGuardTest.class.getClassLoader());

        assertThat(probe.loaderOf("java.lang.String")).isEqualTo("bootstrap");
        assertThat(probe.loaderOf(RuntimeGuardTest.class.getName())).isNotNull();
        assertThat(probe.loaderOf("android.os.Build")).isNull();
        assertThat(probe.staticStringField(RuntimeGuard.class.getName(), "DOCS"))
                .isNull(); // not public
        assertThat(probe.staticStringField("java.io.File", "separator")).isEqualTo(java.io.File.separator);
        assertThat(probe.staticStringField("java.io.File", "missing")).isNull();
    }

    @Test
    void everyRuleHasADescriptionAndRefusalRulesComeFirst() {
        boolean seenWarning = false;
        for (RuntimeRule rule : RuntimeRule.values()) {
            assertThat(rule.description()).isNotBlank();
            if (!rule.refuses()) {
                seenWarning = true;
            }
            assertThat(rule.refuses() && seenWarning)
                    .as("%s after a warning rule", rule)
                    .isFalse();
        }
    }

    // --- the table ---

    private static RuntimeCase refuse(String name, RuntimeRule rule) {
        return new RuntimeCase(name, REFUSE, rule);
    }

    private static RuntimeCase warn(String name, RuntimeRule warning) {
        return new RuntimeCase(name, WARN, null).warns(warning);
    }

    private static RuntimeCase allow(String name) {
        return new RuntimeCase(name, ALLOW, null);
    }

    private static Map<String, String> robovm(String osName) {
        return props(
                "java.vm.name", "RoboVM",
                "java.vendor", "RoboVM",
                "java.vm.vendor", "RoboVM",
                "java.runtime.name", "RoboVM Runtime",
                "os.name", osName,
                "android.icu.library.version", "58.2");
    }

    private static Map<String, String> j2objc(String osName) {
        return props(
                "java.vendor", "J2ObjC",
                "java.vm.vendor", "J2ObjC",
                "java.specification.vendor", "J2ObjC",
                "java.vm.name", "",
                "java.version", "0",
                "os.name", osName);
    }

    private static Map<String, String> props(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** One row: a runtime's values and what the guard must decide. */
    static final class RuntimeCase {
        final String name;
        final Kind kind;
        final @Nullable RuntimeRule rule;
        final List<RuntimeRule> warnings = new ArrayList<>();
        final Map<String, String> properties = new LinkedHashMap<>();
        final Map<String, String> environment = new LinkedHashMap<>();
        final List<String> forbidden = new ArrayList<>();
        boolean forbidAll;
        FakeClassProbe probe = FakeClassProbe.none();

        RuntimeCase(String name, Kind kind, @Nullable RuntimeRule rule) {
            this.name = name;
            this.kind = kind;
            this.rule = rule;
        }

        RuntimeCase props(Map<String, String> values) {
            properties.putAll(values);
            return this;
        }

        RuntimeCase set(String key, String value) {
            properties.put(key, value);
            return this;
        }

        RuntimeCase without(String... keys) {
            Arrays.asList(keys).forEach(properties::remove);
            return this;
        }

        RuntimeCase env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        RuntimeCase forbid(String key) {
            forbidden.add(key);
            return this;
        }

        RuntimeCase forbidAll() {
            forbidAll = true;
            return this;
        }

        RuntimeCase classes(FakeClassProbe classes) {
            probe = classes;
            return this;
        }

        RuntimeCase warns(RuntimeRule warning) {
            warnings.add(warning);
            return this;
        }

        FakePropertySource source() {
            FakePropertySource source = new FakePropertySource().properties(properties);
            environment.forEach(source::env);
            forbidden.forEach(source::forbid);
            return forbidAll ? source.forbidAll() : source;
        }

        @Override
        public String toString() {
            return name + " -> " + kind + (rule == null ? "" : " " + rule) + (warnings.isEmpty() ? "" : " " + warnings);
        }
    }

    /** A source whose values a test changes between two calls. */
    private static final class MutableSource implements PropertySource {
        final Map<String, String> values;

        MutableSource(Map<String, String> initial) {
            values = new LinkedHashMap<>(initial);
        }

        @Override
        public @Nullable String property(String key) {
            return values.get(key);
        }

        @Override
        public @Nullable String environmentVariable(String name) {
            return null;
        }
    }
}
