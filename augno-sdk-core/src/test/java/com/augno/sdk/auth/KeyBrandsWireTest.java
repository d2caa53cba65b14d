package com.augno.sdk.auth;

import static com.augno.sdk.internal.resources.ResourceTestKit.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.catalog.UnitUpdateParams;
import com.augno.sdk.errors.IdempotencyException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live wire contract after the rename to OpenMRP (issue 16): secrets of both key brands and of
 * a brand that does not exist yet come back from create and rotate usable, unprinted and storable;
 * both header brands go out on every request.
 */
class KeyBrandsWireTest {
    private static final String KEYS = "/v1/auth/api-keys";
    private static final String ID = "apke_01jm4r6700e3kxb9w2nqh7g5fp";

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    /** Which call returns the secret: create or rotate. */
    enum Call {
        CREATE(
                KEYS,
                "post-auth-api-keys-201.json",
                c -> c.auth()
                        .apiKeys()
                        .create(ApiKeyCreateParams.builder()
                                .name("n")
                                .roleId("rl_1")
                                .build())),
        ROTATE(
                KEYS + "/" + ID + "/actions/rotate",
                "post-auth-api-keys-id-actions-rotate-201.json",
                c -> c.auth().apiKeys().rotate(ID));

        final String path;
        final String fixture;
        final Function<AugnoClient, CreatedApiKey> run;

        Call(String path, String fixture, Function<AugnoClient, CreatedApiKey> run) {
            this.path = path;
            this.fixture = fixture;
            this.run = run;
        }
    }

    static Stream<Arguments> secrets() {
        return Stream.of(Call.values())
                .flatMap(call -> Stream.of(
                        Arguments.of(call, "mrp prod", TestKeys.production(), true),
                        Arguments.of(call, "mrp test", TestKeys.sandbox(), true),
                        Arguments.of(call, "aug prod", TestKeys.production(TestKeys.LEGACY_BRAND), true),
                        Arguments.of(call, "unknown brand", TestKeys.production(TestKeys.UNKNOWN_BRAND), false)));
    }

    @ParameterizedTest(name = "{0} answering {1}")
    @MethodSource("secrets")
    void everyReturnedSecretIsUsableNeverPrintedAndStored(Call call, String label, String secret, boolean known) {
        server.stubFor(post(urlPathEqualTo(call.path))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture(call.fixture, secret))));
        ApiKeyServiceTest.RecordingStore store = new ApiKeyServiceTest.RecordingStore();

        try (AugnoClient client = ResourceTestKit.client(server, TestKeys.production())) {
            CreatedApiKey created = call.run.apply(client);

            assertThat(created.recognized()).isEqualTo(known);
            assertThat(created.secretValue().reveal()).isEqualTo(secret);
            String version =
                    created.storeIn(store, PutOptions.withRequestToken("0f8fad5b-d9cb-469f-a165-70867728950e"));
            assertThat(version).isEqualTo("v1");
            assertThat(store.puts).hasSize(1);
            assertThat(store.puts.get(0).reveal()).isEqualTo(secret);
            String redacted = created.redactedSecret();
            assertThat(redacted).isEqualTo(TestKeys.redacted(secret));
            if (known) {
                assertThat(created.secret().reveal()).isEqualTo(secret);
                assertThat(created.secret().mode())
                        .isEqualTo(KeyMode.ofPrefix(secret).orElseThrow());
                LeakCanary.assertNoLeak(created.secret());
            } else {
                Throwable refused = org.assertj.core.api.Assertions.catchThrowable(created::secret);
                assertThat(refused)
                        .isInstanceOf(InvalidApiKeyException.class)
                        .hasMessageContaining("secretValue()")
                        .hasMessageContaining("storeIn");
                LeakCanary.assertNoLeak(refused);
                // The warning says what was unexpected, redacted.
                assertThat(LogCapture.linesContaining("does not know"))
                        .anySatisfy(l -> assertThat(l).contains(redacted));
            }
            LeakCanary.assertNoLeak(created, created.secretValue(), created.info(), client, store.puts.get(0));
            LeakCanary.assertLogsClean();
        }
    }

    @Test
    void aRequestCarriesBothVersionHeadersAndBothAccountHeaders() {
        server.stubFor(get(urlPathMatching(KEYS + "/.*")).willReturn(okJson(fixture("get-auth-api-keys-id-200.json"))));
        String key = TestKeys.production();
        SecretProvider provider = fixed(key);
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .account("ac_01gf7a8200eaj8fke1xvw4h50x")
                .sleeper(d -> {})
                .build()) {
            client.auth().apiKeys().get(ID);
        }
        server.verify(getRequestedFor(urlPathEqualTo(KEYS + "/" + ID))
                .withHeader("OpenMRP-Version", equalTo("1.0.forge-preview.3"))
                .withHeader("Augno-Version", equalTo("1.0.forge-preview.3"))
                .withHeader("OpenMRP-Account", equalTo("ac_01gf7a8200eaj8fke1xvw4h50x"))
                .withHeader("Augno-Account", equalTo("ac_01gf7a8200eaj8fke1xvw4h50x")));
    }

    @Test
    void theRequestIdIsReadFromRequestID() {
        server.stubFor(get(urlPathMatching(KEYS + "/.*"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Request-ID", "req_live_123")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_not_found\","
                                + "\"message\":\"No such key.\"}}")));
        try (AugnoClient client = ResourceTestKit.client(server, TestKeys.production())) {
            assertThatThrownBy(() -> client.auth().apiKeys().get(ID))
                    .isInstanceOfSatisfying(
                            NotFoundException.class,
                            e -> assertThat(e.requestId()).contains("req_live_123"));
        }
    }

    @Test
    void anIdempotencyErrorWithCodeValidationFailedIsAnIdempotencyException() {
        server.stubFor(post(urlPathEqualTo(KEYS))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"idempotency_error\",\"code\":\"validation_failed\","
                                + "\"message\":\"Keys for idempotent requests can only be used with the same"
                                + " parameters they were first used with.\",\"is_transient\":false}}")));
        try (AugnoClient client = ResourceTestKit.client(server, TestKeys.production())) {
            assertThatThrownBy(() -> client.auth()
                            .apiKeys()
                            .create(ApiKeyCreateParams.builder()
                                    .name("n")
                                    .roleId("rl_1")
                                    .build()))
                    .isInstanceOf(IdempotencyException.class);
        }
        assertThat(server.findAll(
                        com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(KEYS))))
                .hasSize(1);
    }

    @Test
    void anUpdateThatSetsNoFieldIsRefusedBeforeSending() {
        server.stubFor(patch(urlPathMatching("/v1/catalog/units/.*")).willReturn(okJson("{}")));
        try (AugnoClient client = ResourceTestKit.client(server, TestKeys.production())) {
            assertThatThrownBy(() -> client.catalog()
                            .units()
                            .update(
                                    "un_01gf7a8200er3ar3pkfrb6kk29",
                                    UnitUpdateParams.builder().build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Nothing to update")
                    .hasMessageContaining("empty PATCH");
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void keyIdsAreCheckedAgainstTheirPrefixBeforeAnyRequest() {
        try (AugnoClient client = ResourceTestKit.client(server, TestKeys.production())) {
            assertThatThrownBy(() -> client.auth().apiKeys().get("rl_01gf7a8200er3ar3pkfrb6kk29"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("apke_");
            assertThatThrownBy(() -> client.auth().apiKeys().revoke("42")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.auth().apiKeys().rotate("")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void legacyAndNewKeysBothAuthenticate() {
        server.stubFor(get(urlPathMatching(KEYS + "/.*")).willReturn(okJson(fixture("get-auth-api-keys-id-200.json"))));
        for (String key : List.of(TestKeys.production(), TestKeys.sandbox(TestKeys.LEGACY_BRAND))) {
            try (AugnoClient client = ResourceTestKit.client(server, key)) {
                client.auth().apiKeys().get(ID);
            }
            server.verify(getRequestedFor(urlPathEqualTo(KEYS + "/" + ID))
                    .withHeader("Authorization", equalTo("Bearer " + key)));
        }
        LeakCanary.assertLogsClean();
    }

    private static SecretProvider fixed(String key) {
        return new SecretProvider() {
            @Override
            public SecretValue fetch() {
                return SecretValue.of(key);
            }

            @Override
            public String description() {
                return "test://fixed";
            }
        };
    }
}
