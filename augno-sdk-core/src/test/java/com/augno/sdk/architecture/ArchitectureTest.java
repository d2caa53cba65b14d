package com.augno.sdk.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The structure rules of {@code augno-sdk-core} (docs/development.md, "Architecture"), checked on
 * its compiled classes, generated ones included:
 *
 * <ul>
 *   <li>no cycle between the packages of {@code com.augno.sdk};
 *   <li>public means public: no public type outside an {@code internal} package extends,
 *       implements or exposes (in a public or protected member's signature) a type from one.
 * </ul>
 *
 * <p>The size rule is {@link SourceSizeTest}.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = importCore();

    private static JavaClasses importCore() {
        // Only core's own classes (target/classes): not the test kits on the test class path.
        try {
            Path classes = Path.of(AugnoClient.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter().importPath(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void corePackagesHaveNoCycles() throws IOException {
        // The layers of docs/development.md ("Package layers"): every import between core's
        // packages points down, so no package reaches itself again.
        PackageGraph graph = PackageGraph.of(CORE, "com.augno.sdk");
        Set<String> cyclic = graph.packagesOnCycles();
        report("cyclic-packages.txt", cyclic);
        assertThat(cyclic)
                .as("packages on an import cycle; the imports that lead back to each: %s", graph.describeCycles(cyclic))
                .isEmpty();
    }

    @Test
    void archUnitFindsNoCycleEither() {
        // The same rule, by ArchUnit's own cycle check, whose report names the classes on a cycle.
        slices().matching("com.augno.(**)")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(CORE);
    }

    @Test
    void noPublicTypeExposesAnInternalType() throws IOException {
        Set<String> exposed = new TreeSet<>();
        List<String> details = new ArrayList<>();
        for (JavaClass c : CORE) {
            if (isInternal(c) || !isVisible(c)) {
                continue;
            }
            for (Exposure e : exposures(c)) {
                exposed.add(e.internalType);
                details.add(e.text);
            }
        }
        report("exposed-internal-types.txt", exposed);
        assertThat(details)
                .as("public types exposing internal types (make the member non-public, or move the type out of"
                        + " internal)")
                .isEmpty();
    }

    /** Writes what a rule found to target/architecture/, to read when it fails. */
    private static void report(String name, Set<String> lines) throws IOException {
        Path dir = Path.of("target", "architecture");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), lines);
    }

    /** One internal type in a public signature. */
    private static final class Exposure {
        final String internalType;
        final String text;

        Exposure(JavaClass internalType, String text) {
            this.internalType = baseOf(internalType).getName();
            this.text = text;
        }
    }

    private static List<Exposure> exposures(JavaClass c) {
        List<Exposure> out = new ArrayList<>();
        JavaClass sup = c.getRawSuperclass().orElse(null);
        if (sup != null && isInternal(sup)) {
            out.add(new Exposure(sup, c.getName() + " extends " + sup.getName()));
        }
        for (JavaClass i : c.getRawInterfaces()) {
            if (isInternal(i)) {
                out.add(new Exposure(i, c.getName() + " implements " + i.getName()));
            }
        }
        for (JavaField f : c.getFields()) {
            if (isApi(f.getModifiers()) && isInternal(f.getRawType())) {
                out.add(new Exposure(
                        f.getRawType(),
                        c.getName() + "." + f.getName() + " has type "
                                + f.getRawType().getName()));
            }
        }
        for (JavaCodeUnit m : c.getCodeUnits()) {
            if (!isApi(m.getModifiers()) || m.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                continue;
            }
            if (isInternal(m.getRawReturnType())) {
                out.add(new Exposure(
                        m.getRawReturnType(),
                        m.getFullName() + " returns " + m.getRawReturnType().getName()));
            }
            for (JavaClass p : m.getRawParameterTypes()) {
                if (isInternal(p)) {
                    out.add(new Exposure(p, m.getFullName() + " takes " + p.getName()));
                }
            }
            for (JavaClass t : m.getExceptionTypes()) {
                if (isInternal(t)) {
                    out.add(new Exposure(t, m.getFullName() + " throws " + t.getName()));
                }
            }
        }
        return out;
    }

    private static JavaClass baseOf(JavaClass c) {
        return c.isArray() ? c.getBaseComponentType() : c;
    }

    private static boolean isApi(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    /** Public, and so are the classes it is nested in. */
    private static boolean isVisible(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInternal(JavaClass c) {
        String pkg = baseOf(c).getPackageName();
        return pkg.startsWith("com.augno.") && (pkg.contains(".internal.") || pkg.endsWith(".internal"));
    }
}
