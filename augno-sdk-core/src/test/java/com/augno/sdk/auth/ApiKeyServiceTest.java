package com.augno.sdk.auth;

import static com.augno.sdk.internal.resources.ResourceTestKit.fixture;
import static com.augno.sdk.internal.resources.ResourceTestKit.withBodyHeaders;
import static com.augno.sdk.internal.resources.ResourceTestKit.withStandardHeaders;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiKeyServiceTest {
    private static final String KEYS = "/v1/auth/api-keys";
    private static final String ID = "apke_01jm4r6700e3kxb9w2nqh7g5fp";

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private final String key = ResourceTestKit.newKey();
    private AugnoClient client;

    @BeforeEach
    void setUp() {
        client = ResourceTestKit.client(server, key);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void listSendsStatusesAndIncludeCommaJoinedAndDecodesTheExample() {
        server.stubFor(get(urlPathEqualTo(KEYS)).willReturn(okJson(fixture("get-auth-api-keys-200.json"))));

        Page<ApiKeyInfo> page = client.auth()
                .apiKeys()
                .list(ApiKeyListParams.builder()
                        .statuses(ApiKeyStatus.ACTIVE, ApiKeyStatus.REVOKED)
                        .q("Production")
                        .limit(10L)
                        .include(ApiKeyInclude.ROLE, ApiKeyInclude.ROLE_PERMISSIONS)
                        .build());

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(KEYS)), key)
                .withQueryParam("statuses", equalTo("active,revoked"))
                .withQueryParam("include", equalTo("role,role.permissions"))
                .withQueryParam("q", equalTo("Production"))
                .withQueryParam("limit", equalTo("10"))
                .withHeader("Idempotency-Key", absent()));
        ApiKeyInfo k = page.data().get(0);
        assertThat(k.id()).isEqualTo(ID);
        assertThat(k.objectTag()).contains("api_key");
        assertThat(k.name()).isEqualTo("Production API Key");
        // The copied example predates the rename: a legacy-brand key, still listed as it is.
        assertThat(k.redactedValue()).isEqualTo(TestKeys.LEGACY_BRAND + "prod_****hjt4");
        assertThat(k.expiresAt()).contains(Instant.parse("2026-06-10T00:00:00Z"));
        assertThat(k.lastUsedAt()).contains(Instant.parse("2026-05-10T00:23:00Z"));
        assertThat(k.revokedAt()).isEmpty();
        assertThat(k.createdAt()).isEqualTo(Instant.parse("2026-05-10T00:00:00Z"));
        assertThat(k.status(ResourceTestKit.NOW)).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(k.role()).hasValueSatisfying(r -> {
            assertThat(r.type()).isEqualTo(RoleType.ADMIN);
            // Role.isAdmin() and permissionSet() are gone (listed): the type and the strings say it.
            assertThat(r.permissions()).contains("customers:read");
            assertThat(r.owner())
                    .hasValueSatisfying(o -> assertThat(o.account()).isPresent());
        });
        // the old page_info shape (next_cursor) still pages
        assertThat(page.hasNextPage()).isTrue();
    }

    @Test
    void getSendsIncludeAndDecodesTheExample() {
        server.stubFor(
                get(urlPathEqualTo(KEYS + "/" + ID)).willReturn(okJson(fixture("get-auth-api-keys-id-200.json"))));

        ApiKeyInfo k = client.auth().apiKeys().get(ID, ApiKeyInclude.ROLE);

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(KEYS + "/" + ID)), key)
                .withQueryParam("include", equalTo("role")));
        assertThat(k.id()).isEqualTo(ID);
        assertThat(k.role().map(r -> r.name())).contains("Admin");
    }

    @Test
    void createSendsNameRoleAndExpiryAndReturnsTheSecretAsAnApiKey() {
        String secret = TestKeys.canary();
        server.stubFor(post(urlPathEqualTo(KEYS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-201.json", secret))));

        CreatedApiKey created = client.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder()
                        .name("billing-sync")
                        .roleId("rl_01gf7a8200er3ar3pkfrb6kk29")
                        .expiresAt(Instant.parse("2026-06-10T00:00:00Z"))
                        .include(ApiKeyInclude.ROLE)
                        .build());

        server.verify(withBodyHeaders(postRequestedFor(urlPathEqualTo(KEYS)), key)
                .withQueryParam("include", equalTo("role"))
                .withRequestBody(equalToJson(
                        "{\"name\":\"billing-sync\",\"role_id\":\"rl_01gf7a8200er3ar3pkfrb6kk29\","
                                + "\"expires_at\":\"2026-06-10T00:00:00Z\"}",
                        false,
                        false)));
        assertThat(created.secret().reveal()).isEqualTo(secret);
        assertThat(created.secret().mode())
                .isEqualTo(secret.startsWith(KeyMode.SANDBOX.prefix()) ? KeyMode.SANDBOX : KeyMode.PRODUCTION);
        assertThat(created.info().id()).isEqualTo(ID);
        assertThat(created.info().role()).isPresent();
    }

    @Test
    void createdSecretNeverShowsInToStringLogsOrExceptions() {
        String secret = TestKeys.canary();
        LeakCanary.register(secret);
        server.stubFor(post(urlPathEqualTo(KEYS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-201.json", secret))));

        CreatedApiKey created = client.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder().name("n").roleId("rl_1").build());

        LeakCanary.assertNoLeak(created, created.secret(), created.info(), client);
        assertThat(created.toString()).contains(created.secret().redacted());
        LeakCanary.assertLogsClean();
        assertThat(LogCapture.linesContaining(created.secret().redacted())).isNotEmpty();
    }

    @Test
    void aCreatedSecretThatIsNotKeyShapedIsKeptNeverEchoed() {
        // Before issue 16 this threw and the one-time secret was lost; now it is kept, unprinted.
        String notAKey = "not-a-key-" + TestKeys.randomBody(24);
        LeakCanary.register(notAKey);
        server.stubFor(post(urlPathEqualTo(KEYS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-201.json", notAKey))));

        CreatedApiKey created = client.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder().name("n").roleId("rl_1").build());

        assertThat(created.recognized()).isFalse();
        assertThat(created.secretValue().reveal()).isEqualTo(notAKey);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(created::secret);
        assertThat(thrown).isNotNull();
        LeakCanary.assertNoLeak(thrown, created, created.secretValue());
    }

    @Test
    void createdKeyGoesStraightIntoAWritableStore() {
        String secret = TestKeys.canary();
        server.stubFor(post(urlPathEqualTo(KEYS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-201.json", secret))));
        RecordingStore store = new RecordingStore();

        CreatedApiKey created = client.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder().name("n").roleId("rl_1").build());
        String version = created.storeIn(store, PutOptions.withRequestToken("0f8fad5b-d9cb-469f-a165-70867728950e"));

        assertThat(version).isEqualTo("v1");
        assertThat(store.puts).hasSize(1);
        assertThat(store.puts.get(0).reveal()).isEqualTo(secret);
        assertThat(store.options.get(0).requestToken()).contains("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Test
    void rotateSendsRevokeAtAndExpiresAtAndReturnsTheReplacement() {
        String secret = TestKeys.canary();
        server.stubFor(post(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-id-actions-rotate-201.json", secret))));
        Instant revokeAt = ResourceTestKit.NOW.plus(Duration.ofHours(24));

        CreatedApiKey created = client.auth()
                .apiKeys()
                .rotate(
                        ID,
                        ApiKeyRotateParams.builder()
                                .revokeAt(revokeAt)
                                .expiresAt(Instant.parse("2026-08-01T00:00:00Z"))
                                .include(ApiKeyInclude.ROLE_PERMISSIONS)
                                .build());

        server.verify(withBodyHeaders(postRequestedFor(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate")), key)
                .withQueryParam("include", equalTo("role.permissions"))
                .withRequestBody(equalToJson(
                        "{\"revoke_at\":\"2026-05-21T00:00:00Z\",\"expires_at\":\"2026-08-01T00:00:00Z\"}")));
        assertThat(created.secret().reveal()).isEqualTo(secret);
        assertThat(created.info().name()).isEqualTo("Production API Key");
    }

    @Test
    void rotateWithoutParamsSendsAnEmptyBody() {
        server.stubFor(post(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-id-actions-rotate-201.json", TestKeys.canary()))));

        client.auth().apiKeys().rotate(ID);

        server.verify(postRequestedFor(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    void aReplayedRotateWithoutTheSecretNamesTheReplacementAndSendsTheIdempotencyKey() {
        server.stubFor(post(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-id-actions-rotate-201.json")
                                .replace("\"${API_KEY_SECRET}\"", "null"))));
        Instant revokeAt = ResourceTestKit.NOW.plus(Duration.ofHours(24));

        ApiKeySecretNotReturnedException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ApiKeySecretNotReturnedException.class,
                () -> client.auth()
                        .apiKeys()
                        .rotate(
                                ID,
                                ApiKeyRotateParams.builder().revokeAt(revokeAt).build(),
                                RequestOptions.builder()
                                        .idempotencyKey("rot-0f8fad5b")
                                        .build()));

        assertThat(e).isNotNull().isInstanceOf(ResponseDecodingException.class);
        assertThat(e.keyInfo().id()).isEqualTo(ID);
        assertThat(e.statusCode()).isEqualTo(201);
        assertThat(e.getMessage()).contains(ID, "no usable secret", "idempotent replay");
        server.verify(postRequestedFor(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .withHeader("Idempotency-Key", equalTo("rot-0f8fad5b"))
                .withRequestBody(equalToJson("{\"revoke_at\":\"2026-05-21T00:00:00Z\"}")));
    }

    @Test
    void aReplayedRotateWithARedactedSecretIsNoUsableSecretEither() {
        server.stubFor(post(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-id-actions-rotate-201.json", "aug_sk_prod_****hjt4"))));

        assertThatThrownBy(() -> client.auth().apiKeys().rotate(ID))
                .isInstanceOf(ApiKeySecretNotReturnedException.class)
                .hasMessageContaining("aug_sk_prod_****hjt4");
    }

    @Test
    void aRotateAnswerWithoutAKeyRecordIsADecodingFailureNotAReplay() {
        server.stubFor(post(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"object\":\"something_else\"}")));

        assertThatThrownBy(() -> client.auth().apiKeys().rotate(ID))
                .isInstanceOf(ResponseDecodingException.class)
                .isNotInstanceOf(ApiKeySecretNotReturnedException.class)
                .hasMessageContaining("no api_key_info");
    }

    @Test
    void rotateWithRevokeAt31DaysAheadIsRejectedBeforeSending() {
        Instant tooLate = ResourceTestKit.NOW.plus(Duration.ofDays(31));

        assertThatThrownBy(() -> client.auth()
                        .apiKeys()
                        .rotate(
                                ID,
                                ApiKeyRotateParams.builder().revokeAt(tooLate).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 days ahead")
                .hasMessageContaining("at most 30 days");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void rotateWithRevokeAtExactly30DaysAheadIsSent() {
        server.stubFor(post(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("post-auth-api-keys-id-actions-rotate-201.json", TestKeys.canary()))));

        client.auth()
                .apiKeys()
                .rotate(
                        ID,
                        ApiKeyRotateParams.builder()
                                .revokeAt(ResourceTestKit.NOW.plus(Duration.ofDays(30)))
                                .build());

        server.verify(1, postRequestedFor(urlPathEqualTo(KEYS + "/" + ID + "/actions/rotate")));
    }

    @Test
    void revokeSendsDelete() {
        server.stubFor(delete(urlPathEqualTo(KEYS + "/" + ID))
                .willReturn(okJson(fixture("delete-auth-api-keys-id-200.json"))));

        client.auth().apiKeys().revoke(ID);

        server.verify(withStandardHeaders(deleteRequestedFor(urlPathEqualTo(KEYS + "/" + ID)), key));
    }

    @Test
    void aRetriedRevokeThatFindsTheKeyAlreadyRevokedIsSuccess() {
        server.stubFor(delete(urlPathEqualTo(KEYS + "/" + ID))
                .willReturn(aResponse()
                        .withStatus(410)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"resource_gone\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"API key already revoked\",\"is_transient\":false}}")));
        server.stubFor(get(urlPathEqualTo(KEYS + "/" + ID))
                .willReturn(okJson(fixture("get-auth-api-keys-id-200.json")
                        .replace("\"revoked_at\": null", "\"revoked_at\": \"2026-05-19T00:00:00Z\""))));

        client.auth().apiKeys().revoke(ID);

        server.verify(1, getRequestedFor(urlPathEqualTo(KEYS + "/" + ID)));
    }

    @Test
    void revokeOfAMissingKeyStillFails() {
        String notFound = "{\"error\":{\"code\":\"resource_not_found\",\"type\":\"invalid_request_error\","
                + "\"message\":\"not found\",\"is_transient\":false}}";
        server.stubFor(delete(urlPathEqualTo(KEYS + "/apke_missing"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(notFound)));
        server.stubFor(get(urlPathEqualTo(KEYS + "/apke_missing"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(notFound)));

        assertThatThrownBy(() -> client.auth().apiKeys().revoke("apke_missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void revokeOfAnActiveKeyThatConflictsStillFails() {
        server.stubFor(delete(urlPathEqualTo(KEYS + "/" + ID))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"resource_conflict\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"busy\",\"is_transient\":false}}")));
        server.stubFor(
                get(urlPathEqualTo(KEYS + "/" + ID)).willReturn(okJson(fixture("get-auth-api-keys-id-200.json"))));

        assertThatThrownBy(() -> client.auth().apiKeys().revoke(ID))
                .isInstanceOf(com.augno.sdk.errors.ConflictException.class);
    }

    /** A writable store that records what was put. */
    static final class RecordingStore implements WritableSecretStore {
        final List<SecretValue> puts = new ArrayList<>();
        final List<PutOptions> options = new ArrayList<>();

        @Override
        public String put(SecretValue value, PutOptions putOptions) {
            puts.add(value);
            options.add(putOptions);
            return "v" + puts.size();
        }

        @Override
        public WriteAccess canWrite() {
            return WriteAccess.YES;
        }

        @Override
        public SecretValue fetch() {
            return puts.get(puts.size() - 1);
        }

        @Override
        public String description() {
            return "recording://store";
        }
    }
}
