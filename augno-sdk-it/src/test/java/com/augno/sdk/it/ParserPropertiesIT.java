package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.http.ErrorMapper;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based tests (jqwik): the secret reference parser, {@link SecretProviders#fromUri}, the
 * key parser and the error-envelope decoder answer any input with a value or a typed
 * {@link AugnoException}, never anything else, and never repeat a key they were given.
 */
class ParserPropertiesIT {
    private static final String CANARY = LeakCanary.register(TestKeys.sandbox());
    private static final String CANARY_PROD = TestKeys.production();

    // ------------------------------------------------------------ secret references

    @Property(tries = 1000)
    void secretReferenceParseGivesAReferenceOrATypedException(@ForAll("references") String text) {
        try {
            SecretReference ref = SecretReference.parse(text);
            assertThat(ref.scheme()).isNotBlank();
            LeakCanary.assertNoLeak(ref);
        } catch (AugnoException e) {
            LeakCanary.assertNoLeak(e);
        }
    }

    @Property(tries = 1000)
    void fromUriGivesAProviderOrATypedException(@ForAll("localReferences") String text) {
        try (SecretProvider provider = SecretProviders.fromUri(text)) {
            LeakCanary.assertNoLeak(provider, provider.description());
        } catch (AugnoException e) {
            LeakCanary.assertNoLeak(e);
        } catch (Exception e) {
            throw new AssertionError("close() threw " + e.getClass().getName(), e);
        }
    }

    /** Reference-shaped text: known and unknown schemes, odd characters, fields, parameters, keys. */
    @Provide
    Arbitrary<String> references() {
        Arbitrary<String> scheme =
                Arbitraries.of("env", "file", "aws-sm", "gcp-sm", "vault", "ENV", "", "http", "env:", "file:");
        Arbitrary<String> sep = Arbitraries.of("://", ":", ":/", ":///", "//", "");
        Arbitrary<String> target = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("AZaz09_-/.%#?&=: ").ofMaxLength(40),
                Arbitraries.of(CANARY, CANARY_PROD, "%" + "zz", "%", "a%2Fb", "../x", "/etc/x", "\u0000", "é"));
        Arbitrary<String> tail = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings()
                        .withChars("AZaz09_-.%#?&=")
                        .ofMaxLength(20)
                        .map(s -> "#" + s),
                Arbitraries.strings()
                        .withChars("AZaz09_-.%#?&=")
                        .ofMaxLength(20)
                        .map(s -> "?" + s),
                Arbitraries.of("?region=eu-west-1#api_key", "?version=latest", "#", "?", "?a=1&a=2", "#" + CANARY));
        Arbitrary<String> structured =
                Combinators.combine(scheme, sep, target, tail).as((a, b, c, d) -> a + b + c + d);
        return Arbitraries.oneOf(structured, Arbitraries.strings().ofMaxLength(60), Arbitraries.of(CANARY));
    }

    /** As {@link #references()}, with only the local schemes (no cloud client is built). */
    @Provide
    Arbitrary<String> localReferences() {
        Arbitrary<String> scheme = Arbitraries.of("env", "file", "vault", "ENV", "", "http");
        Arbitrary<String> sep = Arbitraries.of("://", ":", "//", ":///");
        Arbitrary<String> target = Arbitraries.oneOf(
                Arbitraries.strings().withChars("AZaz09_-/.%#?&=: ").ofMaxLength(30),
                Arbitraries.of(CANARY, "AUGNO_API_KEY", "/tmp/none", "%zz", "HOME#api_key"));
        return Arbitraries.oneOf(
                Combinators.combine(scheme, sep, target).as((a, b, c) -> a + b + c),
                Arbitraries.strings().ofMaxLength(40));
    }

    // ------------------------------------------------------------ keys

    @Property(tries = 2000)
    void apiKeyParseGivesAKeyOrInvalidApiKeyException(@ForAll("keyish") String text) {
        try {
            ApiKey key = ApiKey.parse(SecretValue.of(text), "property-test");
            assertThat(key.toString()).doesNotContain(key.reveal());
            assertThat(key.redacted()).doesNotContain(key.reveal());
        } catch (InvalidApiKeyException e) {
            String trimmed = text.trim();
            boolean keyShaped = trimmed.matches("[a-z]{2,10}_sk_(test|prod|live)_.*");
            if (keyShaped && trimmed.length() >= 20) {
                assertThat(e.getMessage()).doesNotContain(trimmed);
            }
            LeakCanary.assertNoLeak(e);
        }
    }

    @Provide
    Arbitrary<String> keyish() {
        Arbitrary<String> prefix = Arbitraries.of(
                TestKeys.sandboxPrefix(),
                TestKeys.productionPrefix(),
                TestKeys.LEGACY_BRAND + "test_",
                TestKeys.LEGACY_BRAND + "prod_",
                TestKeys.UNKNOWN_BRAND + "prod_",
                "aug_sk_",
                "aug_sk_live_",
                "sk_",
                "",
                " ");
        Arbitrary<String> body = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMaxLength(80),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("ab\n\r\t _-").ofMaxLength(30));
        Arbitrary<String> suffix = Arbitraries.of("", "\n", "\r\n", " ", "\n\n", "\u0000");
        return Arbitraries.oneOf(
                Combinators.combine(prefix, body, suffix).as((a, b, c) -> a + b + c),
                Arbitraries.strings().ofMaxLength(300));
    }

    // ------------------------------------------------------------ error envelopes

    @Property(tries = 2000)
    void errorEnvelopeDecodingGivesATypedExceptionForAnyBody(
            @ForAll("bodies") String body, @ForAll @IntRange(min = 400, max = 599) int status) {
        ResponseHeaders headers = ResponseHeaders.of(Map.of("Request-Id", List.of("req_1")));
        AugnoApiException e = ErrorMapper.toException(
                "GET",
                "/v1/sales/customers",
                status,
                ErrorMapper.parse(body.getBytes(StandardCharsets.UTF_8)),
                headers,
                status == 429 ? Duration.ofSeconds(1) : null);

        assertThat(e).isInstanceOf(AugnoException.class);
        assertThat(e.getMessage()).isNotBlank();
        LeakCanary.assertNoLeak(e);
    }

    /** Error envelopes with odd values, other JSON shapes, HTML, truncations, bytes. */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of(CANARY, "bad key " + CANARY, "\"", "\\", "\u0000", "null"));
        Arbitrary<String> value = Arbitraries.oneOf(
                text.map(ParserPropertiesIT::quoted),
                Arbitraries.of("null", "true", "1", "-1e309", "[]", "{}", "[1,2]", "{\"a\":{}}"));
        Arbitrary<String> envelope = Combinators.combine(value, value, value, value, value)
                .as((type, code, message, param, transient_) -> "{\"error\":{\"type\":" + type + ",\"code\":"
                        + code + ",\"message\":" + message + ",\"param\":" + param + ",\"is_transient\":"
                        + transient_ + "}}");
        Arbitrary<String> truncated = Combinators.combine(
                        envelope, Arbitraries.integers().between(0, 200))
                .as((s, cut) -> s.substring(0, Math.min(cut, s.length())));
        return Arbitraries.oneOf(
                envelope,
                truncated,
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of(
                        "",
                        "<html><body>502 Bad Gateway</body></html>",
                        "{\"error\":\"" + CANARY + "\"}",
                        "{\"error\":null}",
                        "[]",
                        "{\"data\":[]}",
                        "{\"error\":{\"message\":\"key " + CANARY + " revoked\",\"code\":\"api_key_revoked\"}}"));
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
