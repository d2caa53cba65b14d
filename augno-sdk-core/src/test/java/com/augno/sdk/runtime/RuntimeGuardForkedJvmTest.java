package com.augno.sdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real guard in a new JVM, for the cases that change process-wide state: Android stub classes on
 * the class path of an ordinary JVM, and the system properties Android sets.
 */
class RuntimeGuardForkedJvmTest {

    @Test
    void androidStubClassesOnAServerClassPathAreAllowedWithOneWarning(@TempDir Path dir) throws Exception {
        Path stubs = compileAndroidStubs(dir);

        ChildJvm.Result child = ChildJvm.run(GuardChildMain.class, List.of(stubs), List.of(), "enforce-twice");

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.linesStartingWith("ALLOWED")).as(child.output).hasSize(2);
        assertThat(child.linesStartingWith("REFUSED")).as(child.output).isEmpty();
        assertThat(child.linesStartingWith("ASSESSMENT "))
                .singleElement()
                .asString()
                .startsWith("RuntimeAssessment(WARN")
                .contains("ANDROID_CLASSES_ON_CLASS_PATH")
                .contains("class:android.os.Build=loaded by jdk.internal.loader.ClassLoaders$AppClassLoader")
                .contains("android.os.Build.FINGERPRINT=(unset)");
        assertThat(child.linesStartingWith("LOG "))
                .as("one warning, although the guard ran twice")
                .singleElement()
                .asString()
                .startsWith("WARN com.augno.sdk.runtime.RuntimeGuard - ")
                .contains("Android classes on the class path of an ordinary JVM")
                .contains("android.os.Build loadable")
                .contains("only a warning");
    }

    @Test
    void withoutAndroidStubsTheSameJvmIsAllowedSilently() throws Exception {
        ChildJvm.Result child = ChildJvm.run(GuardChildMain.class, List.of(), List.of(), "enforce-twice");

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.linesStartingWith("ALLOWED")).as(child.output).hasSize(2);
        assertThat(child.linesStartingWith("ASSESSMENT "))
                .singleElement()
                .asString()
                .startsWith("RuntimeAssessment(ALLOW");
        assertThat(child.linesStartingWith("LOG ")).isEmpty();
    }

    @Test
    void androidPropertiesSetAtRunTimeAreRefusedOnTheNextCall() throws Exception {
        ChildJvm.Result child = ChildJvm.run(GuardChildMain.class, List.of(), List.of(), "android-properties");

        assertThat(child.exitCode).as(child.output).isZero();
        // First call before the properties change: allowed. The guard reads them again on every call.
        assertThat(child.linesStartingWith("ALLOWED")).as(child.output).hasSize(1);
        assertThat(child.linesStartingWith("REFUSED "))
                .as(child.output)
                .singleElement()
                .asString()
                .startsWith("ANDROID ")
                .contains("java.vm.name=\"Dalvik\"")
                .contains("java.vendor=\"The Android Project\"")
                .contains("docs/security.md");
        assertThat(child.linesStartingWith("PROVIDER_REFUSED "))
                .as(child.output)
                .containsExactly("ANDROID");
    }

    @Test
    void javaWebStartPropertyOnTheCommandLineIsRefused() throws Exception {
        ChildJvm.Result child = ChildJvm.run(
                GuardChildMain.class, List.of(), List.of("-Djavawebstart.version=javaws-17.0.15"), "enforce");

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.linesStartingWith("REFUSED "))
                .as(child.output)
                .singleElement()
                .asString()
                .startsWith("WEB_START ")
                .contains("javawebstart.version=\"javaws-17.0.15\"");
    }

    // Stubs shaped like com.google.android:android:4.1.1.4 (fields null, SDK_INT 0), compiled here so
    // that they never sit on the class path of the shared test JVM.
    static Path compileAndroidStubs(Path dir) throws IOException {
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(sources.resolve("android/os"));
        Files.createDirectories(sources.resolve("android/app"));
        Files.createDirectories(classes);
        Path build = sources.resolve("android/os/Build.java");
        Files.writeString(
                build,
                "package android.os;\n"
                        + "public class Build {\n"
                        + "  public static final String FINGERPRINT = fingerprint();\n"
                        + "  public static final String DEVICE = null;\n"
                        + "  private static String fingerprint() { return null; }\n"
                        + "  public static class VERSION { public static final int SDK_INT = 0; }\n"
                        + "}\n",
                StandardCharsets.UTF_8);
        Path application = sources.resolve("android/app/Application.java");
        Files.writeString(application, "package android.app;\npublic class Application {}\n", StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK (javac) runs the tests").isNotNull();
        int status = javac.run(
                null, null, null, "-d", classes.toString(), "-nowarn", build.toString(), application.toString());
        assertThat(status).as("javac exit status for the Android stubs").isZero();
        return classes;
    }
}
