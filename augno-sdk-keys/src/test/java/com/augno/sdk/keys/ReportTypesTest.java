package com.augno.sdk.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rotation report types are final classes without public constructors, not records: a record's
 * canonical constructor would be API, and a new component would break every caller.
 */
class ReportTypesTest {
    private static final List<Class<?>> REPORT_TYPES = List.of(
            RotationCheck.class,
            RotationPlan.class,
            RotationReport.class,
            RotationState.class,
            RotationStatus.class,
            KeyUsage.class);

    @Test
    void reportTypesAreFinalClassesThatOnlyTheSdkBuilds() {
        for (Class<?> type : REPORT_TYPES) {
            assertThat(type.isRecord())
                    .as("%s is a record", type.getSimpleName())
                    .isFalse();
            assertThat(Modifier.isFinal(type.getModifiers()))
                    .as("%s is final", type.getSimpleName())
                    .isTrue();
            assertThat(type.getConstructors())
                    .as("public constructors of %s", type.getSimpleName())
                    .isEmpty();
        }
    }

    @Test
    void reportTypesAreValuesWithReadableToStrings() {
        RotationCheck a = RotationCheck.passed("overlap", "24 h");
        RotationCheck b = RotationCheck.passed("overlap", "24 h");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(RotationCheck.failed("overlap", "24 h"));
        assertThat(a.toString()).isEqualTo("overlap: PASSED (24 h)");
    }
}
