package com.augno.sdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classes {@link RuntimeGuard#enforce()} reaches directly must not refer to SLF4J, OkHttp or
 * Jackson: Java-to-JavaScript compilers (TeaVM) cannot translate them and must still compile the
 * refusal. A fast check of the class files; module augno-sdk-runtime-teavm proves it end to end.
 */
class DecisionCodePurityTest {

    static List<String> decisionClasses() {
        return List.of(
                "com.augno.sdk.runtime.RuntimeGuard",
                "com.augno.sdk.runtime.RuntimeGuard$WarningLogWhenNeeded",
                "com.augno.sdk.runtime.RuntimeDetector",
                "com.augno.sdk.runtime.RuntimeDetector$Value",
                "com.augno.sdk.runtime.RuntimeDetector$Evidence",
                "com.augno.sdk.runtime.RuntimeAssessment",
                "com.augno.sdk.runtime.RuntimeAssessment$Kind",
                "com.augno.sdk.runtime.RuntimeRule",
                "com.augno.sdk.runtime.RuntimeWarning",
                "com.augno.sdk.runtime.PropertySource",
                "com.augno.sdk.runtime.PropertySource$SystemPropertySource",
                "com.augno.sdk.runtime.ClassProbe",
                "com.augno.sdk.runtime.ClassProbe$LoaderProbe",
                "com.augno.sdk.runtime.UnsupportedRuntimeException",
                "com.augno.sdk.errors.AugnoException");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionClasses")
    void decisionClassRefersToNoLoggingHttpOrJsonLibrary(String className) throws IOException {
        String resource = "/" + className.replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = RuntimeGuard.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bytes = in.readAllBytes();
        }
        // Class names in the constant pool are plain (modified UTF-8) text.
        String constants = new String(bytes, StandardCharsets.ISO_8859_1);

        assertThat(constants)
                .doesNotContain("org/slf4j")
                .doesNotContain("okhttp3")
                .doesNotContain("okio")
                .doesNotContain("com/fasterxml")
                .doesNotContain("java/nio/file");
    }

    @Test
    void theSeparateWarningLogIsWhereSlf4jIsUsed() throws IOException {
        try (InputStream in = RuntimeGuard.class.getResourceAsStream("/com/augno/sdk/runtime/Slf4jWarningLog.class")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                    .contains("org/slf4j");
        }
    }
}
