package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.secrets.SecretValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonSecretsTest {
    private final String key = TestKeys.canary();

    @Test
    void extractsAStringFieldKeepingVersionAndFetchTime() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        SecretValue doc = SecretValue.of("{\"user\":\"svc\",\"api_key\":\"" + key + "\"}", "v7", at);
        SecretValue field = JsonSecrets.extractField(doc, "api_key", "aws-sm://x#api_key");
        assertThat(field.reveal()).isEqualTo(key);
        assertThat(field.versionId()).contains("v7");
        assertThat(field.fetchedAt()).isEqualTo(at);
    }

    @Test
    void missingFieldNamesTheFieldsPresentNeverValues() {
        String doc = "{\"user\":\"svc\",\"apikey\":\"" + key + "\"}";
        assertThatThrownBy(() -> JsonSecrets.extractField(doc, "api_key", "aws-sm://x#api_key"))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("no field 'api_key'")
                .hasMessageContaining("'apikey'")
                .hasMessageContaining("aws-sm://x#api_key")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void nonJsonSecretWithFieldIsRefusedWithoutQuotingIt() {
        String[] docs = {key, "{" + key, "[\"" + key + "\"]", "{\"a\":1}{", "\"" + key + "\""};
        for (int i = 0; i < docs.length; i++) {
            String doc = docs[i];
            assertThatThrownBy(() -> JsonSecrets.extractField(doc, "api_key", "env://X#api_key"))
                    .as("case %d", i)
                    .isInstanceOf(InvalidApiKeyException.class)
                    .hasMessageContaining("not a JSON object")
                    .hasNoCause()
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
    }

    @Test
    void fieldThatIsNotAStringIsRefused() {
        assertThatThrownBy(() -> JsonSecrets.extractField("{\"api_key\":{\"v\":\"" + key + "\"}}", "api_key", "s"))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("an object")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
        assertThatThrownBy(() -> JsonSecrets.extractField("{\"api_key\":null}", "api_key", "s"))
                .hasMessageContaining("null");
    }

    @Test
    void replacingAFieldKeepsTheRestOfTheDocumentInOrder() {
        String old = TestKeys.production();
        String doc = "{\"user\":\"svc\",\"api_key\":\"" + old + "\",\"n\":3,\"nested\":{\"a\":[1,2]}}";
        String updated = JsonSecrets.replaceField(doc, "api_key", key, "aws-sm://x#api_key");
        assertThat(updated)
                .isEqualTo("{\"user\":\"svc\",\"api_key\":\"" + key + "\",\"n\":3,\"nested\":{\"a\":[1,2]}}");
        assertThat(JsonSecrets.extractField(updated, "api_key", "s")).isEqualTo(key);
    }

    @Test
    void replacingAFieldOfAnAbsentDocumentCreatesOne() {
        assertThat(JsonSecrets.replaceField(null, "api_key", key, "s")).isEqualTo("{\"api_key\":\"" + key + "\"}");
        assertThat(JsonSecrets.replaceField("  ", "k", "v", "s")).isEqualTo("{\"k\":\"v\"}");
        assertThat(JsonSecrets.replaceField("{\"other\":\"x\"}", "k", "v", "s"))
                .isEqualTo("{\"other\":\"x\",\"k\":\"v\"}");
    }

    @Test
    void replacingAFieldOfANonJsonSecretRefusesToOverwriteIt() {
        assertThatThrownBy(() -> JsonSecrets.replaceField(TestKeys.production(), "api_key", key, "aws-sm://x#api_key"))
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("not a JSON object")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void documentToWriteWithoutAFieldIsTheValueAndReadsNothing() {
        String written = JsonSecrets.documentToWrite(
                SecretValue.of(key),
                null,
                () -> {
                    throw new AssertionError("the current document must not be read");
                },
                "gcp-sm://p/s");
        assertThat(written).isEqualTo(key);
    }

    @Test
    void documentToWriteWithAFieldReplacesItInTheCurrentDocument() {
        String written = JsonSecrets.documentToWrite(
                SecretValue.of(key), "api_key", () -> "{\"user\":\"svc\",\"api_key\":\"old\"}", "aws-sm://x");
        assertThat(written).isEqualTo("{\"user\":\"svc\",\"api_key\":\"" + key + "\"}");
        assertThat(JsonSecrets.documentToWrite(SecretValue.of(key), "api_key", () -> null, "gcp-sm://p/s"))
                .isEqualTo("{\"api_key\":\"" + key + "\"}");
    }

    @Test
    void strictUtf8RefusesMalformedBytesInsteadOfReplacingThem() {
        assertThat(SecretText.utf8(java.nio.ByteBuffer.wrap(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isEqualTo(key);
        assertThat(SecretText.utf8(java.nio.ByteBuffer.wrap(new byte[] {(byte) 0xC3, (byte) 0x28, 0x41})))
                .isNull();
    }
}
