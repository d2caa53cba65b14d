package com.augno.sdk.internal.compat;

import com.augno.sdk.errors.ConfigurationException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Refuses, with one message naming the dependency and the fix, a class path on which the
 * SDK would fail later with a {@code NoClassDefFoundError} or {@code NoSuchMethodError}: an OkHttp
 * older than 5 (or OkHttp 4 and 5 side by side, as a Spring Cloud BOM that pins {@code okhttp}
 * 4.12 produces), a Kotlin standard library older than OkHttp 5 needs, or Jackson below the
 * tested floor. Reads versions by reflection (constants only: nothing is initialised that could
 * itself fail to link), once per class loader.
 */
public final class DependencyGuard {
    /** The oldest OkHttp major version the SDK runs on. */
    static final int OKHTTP_MAJOR = 5;
    /** The Kotlin standard library OkHttp 5.5 is built against (major.minor). */
    static final int[] KOTLIN_FLOOR = {2, 1};
    /** The oldest Jackson the SDK is tested with (major.minor). */
    static final int[] JACKSON_FLOOR = {2, 21};

    static final String DOCS = "https://github.com/augno/augno-java/blob/main/docs/spring-boot.md#dependency-clashes";

    private static volatile @Nullable String verdict;

    private DependencyGuard() {}

    /**
     * Checks the class path once; later calls repeat the first verdict.
     *
     * @throws ConfigurationException naming the clashing dependency and the fix
     */
    public static void enforce() {
        String v = verdict;
        if (v == null) {
            ClassLoader loader = DependencyGuard.class.getClassLoader();
            v = String.join(
                    "\n",
                    problems(
                            constant(loader, "okhttp3.OkHttp", "VERSION"),
                            copies(loader, "okhttp3/OkHttp.class"),
                            constant(loader, "kotlin.KotlinVersion", "CURRENT"),
                            constant(loader, "com.fasterxml.jackson.databind.cfg.PackageVersion", "VERSION"),
                            constant(loader, "com.fasterxml.jackson.core.json.PackageVersion", "VERSION")));
            verdict = v;
        }
        if (!v.isEmpty()) {
            throw new ConfigurationException(v);
        }
    }

    /**
     * Returns one message per problem (empty when the class path is fine). A null version means the
     * library could not be read at all.
     */
    static List<String> problems(
            @Nullable String okhttp,
            int okhttpCopies,
            @Nullable String kotlin,
            @Nullable String jacksonDatabind,
            @Nullable String jacksonCore) {
        List<String> out = new ArrayList<>();
        if (okhttpCopies > 1) {
            out.add(problem(
                    "OkHttp is on the class path " + okhttpCopies + " times (OkHttp " + okhttp
                            + " is the one loaded): usually com.squareup.okhttp3:okhttp 4.x next to the SDK's"
                            + " okhttp-jvm 5.x, for example because a BOM such as spring-cloud-dependencies pins"
                            + " okhttp 4.12.",
                    "exclude com.squareup.okhttp3:okhttp (4.x) or import com.squareup.okhttp3:okhttp-bom:5.5.1"
                            + " before the other BOM, so that only OkHttp 5 remains"));
        } else if (okhttp == null || major(okhttp) < OKHTTP_MAJOR) {
            out.add(problem(
                    okhttp == null
                            ? "OkHttp could not be loaded."
                            : "OkHttp " + okhttp + " is on the class path; the SDK needs OkHttp 5.",
                    "depend on com.squareup.okhttp3:okhttp-jvm 5.5.1 (Maven) or com.squareup.okhttp3:okhttp"
                            + " 5.5.1 (Gradle), or import com.squareup.okhttp3:okhttp-bom:5.5.1"));
        }
        if (kotlin == null || below(kotlin, KOTLIN_FLOOR)) {
            out.add(problem(
                    (kotlin == null
                                    ? "The Kotlin standard library could not be loaded"
                                    : "kotlin-stdlib " + kotlin + " is on the class path")
                            + "; OkHttp 5 needs " + KOTLIN_FLOOR[0] + "." + KOTLIN_FLOOR[1] + " or newer"
                            + " (a BOM, such as an older Spring Boot's, may have downgraded it).",
                    "set the property kotlin.version to 2.2.21 (Spring Boot parent) or manage"
                            + " org.jetbrains.kotlin:kotlin-stdlib 2.2.21 (Maven dependencyManagement / Gradle"
                            + " constraints)"));
        }
        String jackson =
                jacksonDatabind == null ? null : jacksonCore == null ? null : older(jacksonDatabind, jacksonCore);
        if (jackson == null || below(jackson, JACKSON_FLOOR)) {
            out.add(problem(
                    (jackson == null
                                    ? "Jackson (jackson-core, jackson-databind) could not be loaded"
                                    : "Jackson " + jackson + " is on the class path")
                            + "; the SDK is tested with " + JACKSON_FLOOR[0] + "." + JACKSON_FLOOR[1] + " and newer.",
                    "import com.fasterxml.jackson:jackson-bom:2.21.3 (Maven dependencyManagement / Gradle"
                            + " platform), or set jackson-2-bom.version on a Spring Boot parent"));
        }
        return out;
    }

    private static String problem(String what, String fix) {
        return "Augno SDK dependency clash: " + what + " Fix: " + fix + ". See " + DOCS;
    }

    private static String older(String a, String b) {
        return below(a, parse(b)) ? a : b;
    }

    private static int major(String version) {
        return parse(version)[0];
    }

    private static boolean below(String version, int[] floor) {
        int[] v = parse(version);
        return v[0] != floor[0] ? v[0] < floor[0] : v[1] < floor[1];
    }

    /** Major and minor of {@code 2.21.3}, {@code 4.12.0}, {@code 2.21.3-SNAPSHOT}; 0 where unreadable. */
    private static int[] parse(String version) {
        String[] parts = version.split("[.-]", 3);
        return new int[] {number(parts, 0), number(parts, 1)};
    }

    private static int number(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[i].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable String constant(ClassLoader loader, String className, String field) {
        try {
            Object value =
                    Class.forName(className, true, loader).getField(field).get(null);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static int copies(ClassLoader loader, String resource) {
        try {
            // A loop, not a stream: this runs at start-up, where streams cost class loading.
            Set<String> distinct = new HashSet<>();
            for (URL url : Collections.list(loader.getResources(resource))) {
                distinct.add(url.toString());
            }
            return distinct.size();
        } catch (IOException e) {
            return 1;
        }
    }
}
