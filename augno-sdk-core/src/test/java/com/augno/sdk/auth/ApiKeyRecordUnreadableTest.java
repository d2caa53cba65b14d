package com.augno.sdk.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.RequiredFieldMissingException;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.augno.sdk.secrets.PutOptions;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20: the key record is null-checked as it is decoded, and a create or rotate answer whose
 * record is unreadable but which carries the new secret never loses it: the typed {@link
 * ApiKeyRecordUnreadableException} holds it (never in its message, {@code toString} or serialized
 * form) so that a caller such as {@code KeyRotator} can still store it.
 */
class ApiKeyRecordUnreadableTest {
    private static final String ID = "apke_01jm4r6700e3kxb9w2nqh7g5fp";
    private static final String ROTATE = "/v1/auth/api-keys/" + ID + "/actions/rotate";

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private AugnoClient client;

    @BeforeEach
    void setUp() {
        client = ResourceTestKit.client(server, ResourceTestKit.newKey());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static ObjectNode record(String secret) {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("id", "apke_new0000000000");
        info.put("object", "api_key");
        info.put("name", "billing-sync");
        info.put("redacted_value", TestKeys.redacted(secret));
        info.put("created_at", "2026-01-01T00:00:00Z");
        info.put("updated_at", "2026-01-01T00:00:00Z");
        return info;
    }

    private static String answer(ObjectNode info, String secret) {
        ObjectNode a = JsonNodeFactory.instance.objectNode().put("object", "created_api_key");
        a.set("api_key_info", info);
        a.put("api_key_secret", secret);
        return a.toString();
    }

    @Test
    void aRotateAnswerWithoutTheKeyIdKeepsTheSecretRetrievableButNeverShown() throws Exception {
        String secret = TestKeys.sandbox();
        ObjectNode info = record(secret);
        info.remove("id");
        server.stubFor(post(urlPathEqualTo(ROTATE))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer(info, secret))));

        ApiKeyRecordUnreadableException e = catchThrowableOfType(
                ApiKeyRecordUnreadableException.class,
                () -> client.auth().apiKeys().rotate(ID));

        assertThat(e.secretValue().reveal()).isEqualTo(secret);
        assertThat(e.redactedSecret()).isEqualTo(TestKeys.redacted(secret));
        assertThat(e.keyId()).isEmpty();
        assertThat(e).hasMessageContaining("APIKey.id").hasMessageContaining(TestKeys.redacted(secret));
        assertThat(e.statusCode()).isEqualTo(201);
        ApiKeyServiceTest.RecordingStore store = new ApiKeyServiceTest.RecordingStore();
        e.storeIn(store, PutOptions.none());
        assertThat(store.puts)
                .singleElement()
                .satisfies(v -> assertThat(v.reveal()).isEqualTo(secret));
        // Message, toString, stack trace and the serialized form never carry the secret.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        assertThat(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        LeakCanary.assertNoLeak(e, e.toString(), e.getMessage());
    }

    @Test
    void anotherMissingFieldKeepsTheIdToo() {
        String secret = TestKeys.production();
        ObjectNode info = record(secret);
        info.remove("created_at");
        server.stubFor(post(urlPathEqualTo(ROTATE)).willReturn(okJson(answer(info, secret))));

        ApiKeyRecordUnreadableException e = catchThrowableOfType(
                ApiKeyRecordUnreadableException.class,
                () -> client.auth().apiKeys().rotate(ID));

        assertThat(e.keyId()).contains("apke_new0000000000");
        assertThat(e).hasMessageContaining("APIKey.created_at");
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void withoutAUsableSecretItIsTheTypedMissingFieldError() {
        String secret = TestKeys.sandbox();
        ObjectNode info = record(secret);
        info.remove("name");
        server.stubFor(post(urlPathEqualTo(ROTATE)).willReturn(okJson(answer(info, TestKeys.redacted(secret)))));

        RequiredFieldMissingException e = catchThrowableOfType(
                RequiredFieldMissingException.class,
                () -> client.auth().apiKeys().rotate(ID));

        assertThat(e).isNotInstanceOf(ApiKeyRecordUnreadableException.class);
        assertThat(e.model()).isEqualTo("APIKey");
        assertThat(e.field()).isEqualTo("name");
    }

    @Test
    void aKeyRecordReadWithoutARequiredFieldIsRefusedWhenDecoded() {
        ObjectNode info = record(TestKeys.sandbox());
        info.remove("redacted_value");
        server.stubFor(get(urlPathEqualTo("/v1/auth/api-keys/" + ID)).willReturn(okJson(info.toString())));

        RequiredFieldMissingException e = catchThrowableOfType(
                RequiredFieldMissingException.class,
                () -> client.auth().apiKeys().get(ID));

        assertThat(e.model()).isEqualTo("APIKey");
        assertThat(e.field()).isEqualTo("redacted_value");
    }
}
