package com.augno.sdk.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every accepted and rejected reference form, at the parser level (the cloud modules test their own rules). */
class SecretReferenceTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("env://AUGNO_API_KEY", "env", "AUGNO_API_KEY", Map.of(), null),
                Arguments.of("file:///run/secrets/augno", "file", "/run/secrets/augno", Map.of(), null),
                Arguments.of(
                        "file:///run/my secrets/augno#api_key", "file", "/run/my secrets/augno", Map.of(), "api_key"),
                Arguments.of(
                        "aws-sm://prod/augno?region=eu-west-1#api_key",
                        "aws-sm",
                        "prod/augno",
                        Map.of("region", "eu-west-1"),
                        "api_key"),
                Arguments.of(
                        "aws-sm://arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/augno-AbCdEf",
                        "aws-sm",
                        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/augno-AbCdEf",
                        Map.of(),
                        null),
                Arguments.of(
                        "aws-sm://arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:a/b#k",
                        "aws-sm",
                        "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:a/b",
                        Map.of(),
                        "k"),
                Arguments.of(
                        "aws-sm://team@ops+keys=prod/augno.key_1-2",
                        "aws-sm",
                        "team@ops+keys=prod/augno.key_1-2",
                        Map.of(),
                        null),
                Arguments.of(
                        "aws-sm://prod/augno?region=eu-west-1&stage=AWSPREVIOUS&versionId=a1b2&endpoint=https%3A%2F%2Flocalhost%3A4566",
                        "aws-sm",
                        "prod/augno",
                        Map.of(
                                "region", "eu-west-1",
                                "stage", "AWSPREVIOUS",
                                "versionId", "a1b2",
                                "endpoint", "https://localhost:4566"),
                        null),
                Arguments.of(
                        "aws-sm://prod/augno?endpoint=http://127.0.0.1:4566",
                        "aws-sm",
                        "prod/augno",
                        Map.of("endpoint", "http://127.0.0.1:4566"),
                        null),
                Arguments.of(
                        "gcp-sm://projects/acme/secrets/augno/versions/latest",
                        "gcp-sm",
                        "projects/acme/secrets/augno/versions/latest",
                        Map.of(),
                        null),
                Arguments.of(
                        "gcp-sm://projects/acme/secrets/augno/versions/3?endpoint=http://localhost:9090#api_key",
                        "gcp-sm",
                        "projects/acme/secrets/augno/versions/3",
                        Map.of("endpoint", "http://localhost:9090"),
                        "api_key"),
                Arguments.of("gcp-sm://acme/augno", "gcp-sm", "acme/augno", Map.of(), null),
                Arguments.of("gcp-sm://augno", "gcp-sm", "augno", Map.of(), null),
                Arguments.of("aws-sm://x?stage=a+b%2Bc", "aws-sm", "x", Map.of("stage", "a+b+c"), null),
                Arguments.of("  AWS-SM://prod/augno  ", "aws-sm", "prod/augno", Map.of(), null));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptedForms(String text, String scheme, String target, Map<String, String> params, String field) {
        SecretReference ref = SecretReference.parse(text);
        assertThat(ref.scheme()).isEqualTo(scheme);
        assertThat(ref.target()).isEqualTo(target);
        assertThat(ref.parameters()).isEqualTo(params);
        assertThat(ref.jsonField().orElse(null)).isEqualTo(field);
        assertThat(SecretReference.parse(ref.toString().replace("%", "%25"))).isNotNull();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("", "empty"),
                Arguments.of("   ", "empty"),
                Arguments.of("aws-sm:prod/augno", "no scheme"),
                Arguments.of("prod/augno", "no scheme"),
                Arguments.of("aws-sm://", "names nothing"),
                Arguments.of("aws-sm://?region=eu-west-1", "names nothing"),
                Arguments.of("aws-sm://prod/augno#", "empty JSON field"),
                Arguments.of("aws-sm://prod/augno?region", "malformed parameter"),
                Arguments.of("aws-sm://prod/augno?region=a&&stage=b", "malformed parameter"),
                Arguments.of("aws-sm://prod/augno?region=a&region=b", "repeats parameter"),
                Arguments.of("aws-sm://prod/augno?endpoint=%zz", "percent-encoding"),
                Arguments.of("1aws://prod/augno", "malformed scheme"),
                Arguments.of("aws-sm://prod/augno\n#x", "control character"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectedFormsSayWhatIsWrong(String text, String problem) {
        assertThatThrownBy(() -> SecretReference.parse(text))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void malformedReferenceListsTheAcceptedForms() {
        assertThatThrownBy(() -> SecretReference.parse("prod/augno"))
                .hasMessageContaining("env://")
                .hasMessageContaining("file:///")
                .hasMessageContaining("aws-sm://")
                .hasMessageContaining("gcp-sm://");
    }

    @Test
    void keyPastedAsReferenceIsRefusedWithoutEchoingIt() {
        for (String key : new String[] {TestKeys.production(), TestKeys.sandbox()}) {
            for (String text : new String[] {key, "env://" + key, "aws-sm://x?versionId=" + key}) {
                assertThatThrownBy(() -> SecretReference.parse(text))
                        .isInstanceOf(ConfigurationException.class)
                        .hasMessageContaining("looks like an API key")
                        .satisfies(e -> LeakCanary.assertNoLeak(e));
            }
        }
    }

    @Test
    void unknownParameterIsNamedWithTheAllowedOnes() {
        SecretReference ref = SecretReference.parse("aws-sm://prod/augno?regoin=eu-west-1");
        assertThatThrownBy(() -> ref.requireOnlyParameters(Set.of("region", "stage")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("regoin")
                .hasMessageContaining("region");
    }
}
