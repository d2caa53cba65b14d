package com.augno.sdk.internal.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGuardTest {
    @Test
    void theTestClassPathPasses() {
        assertThatCode(DependencyGuard::enforce).doesNotThrowAnyException();
    }

    @Test
    void aSupportedClassPathHasNoProblems() {
        assertThat(DependencyGuard.problems("5.5.1", 1, "2.2.21", "2.21.4", "2.21.4"))
                .isEmpty();
    }

    @Test
    void okHttp4IsNamedWithTheFix() {
        List<String> problems = DependencyGuard.problems("4.12.0", 1, "2.2.21", "2.21.3", "2.21.3");
        assertThat(problems)
                .singleElement()
                .asString()
                .contains("OkHttp 4.12.0 is on the class path; the SDK needs OkHttp 5.")
                .contains("okhttp-jvm 5.5.1");
    }

    @Test
    void twoOkHttpsSideBySideAreNamedWithTheBomFix() {
        assertThat(DependencyGuard.problems("4.12.0", 2, "2.2.21", "2.21.3", "2.21.3"))
                .singleElement()
                .asString()
                .contains("OkHttp is on the class path 2 times")
                .contains("spring-cloud-dependencies")
                .contains("okhttp-bom:5.5.1");
    }

    @Test
    void anOldKotlinStdlibIsNamed() {
        assertThat(DependencyGuard.problems("5.5.1", 1, "1.9.25", "2.21.3", "2.21.3"))
                .singleElement()
                .asString()
                .contains("kotlin-stdlib 1.9.25")
                .contains("kotlin.version");
    }

    @Test
    void theOlderOfJacksonCoreAndDatabindBelowTheFloorIsNamed() {
        assertThat(DependencyGuard.problems("5.5.1", 1, "2.2.21", "2.21.3", "2.17.2"))
                .singleElement()
                .asString()
                .contains("Jackson 2.17.2")
                .contains("jackson-bom");
    }

    @Test
    void unreadableLibrariesAreProblemsToo() {
        assertThat(DependencyGuard.problems(null, 0, null, null, "2.21.3")).hasSize(3);
    }
}
