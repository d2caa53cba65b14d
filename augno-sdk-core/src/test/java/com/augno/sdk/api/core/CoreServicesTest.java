package com.augno.sdk.api.core;

import static com.augno.sdk.internal.resources.ResourceTestKit.created;
import static com.augno.sdk.internal.resources.ResourceTestKit.fixture;
import static com.augno.sdk.internal.resources.ResourceTestKit.withBodyHeaders;
import static com.augno.sdk.internal.resources.ResourceTestKit.withStandardHeaders;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

import com.augno.sdk.AugnoClient;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CoreServicesTest {
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
    void requestLogListSendsEveryFilter() {
        server.stubFor(get(urlPathEqualTo("/v1/core/request-logs"))
                .willReturn(okJson(fixture("get-core-request-logs-200.json"))));

        List<RequestLog> logs = client.core()
                .requestLogs()
                .list(RequestLogListParams.builder()
                        .startsAt(Instant.parse("2026-05-01T00:00:00Z"))
                        .endsAt(Instant.parse("2026-05-02T00:00:00Z"))
                        .actorIds("apke_1", "us_2")
                        .actorTypes(ActorType.API_KEY.value(), ActorType.USER.value())
                        .actorAccountIds("ac_1")
                        .targetAccountIds("ac_2", "ac_3")
                        .statusCodes(401L, 403L)
                        .statusCodeClasses(5L)
                        .errorCodes("api_key_revoked", "api_key_expired")
                        .excludeErrorCodes("expired_token")
                        .idempotencyKey("idem-1")
                        .minLatencyUs(1000L)
                        .hosts("api.augno.com")
                        .methods("POST", "DELETE")
                        .normalizedRoutes("/v1/auth/api-keys/{id}")
                        .q("rq_1")
                        .limit(50L)
                        .cursor("c1")
                        .include(RequestLogInclude.ACTOR, RequestLogInclude.ACTOR_ROLE, RequestLogInclude.ACCOUNT)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/core/request-logs")), key)
                .withQueryParam("starts_at", equalTo("2026-05-01T00:00:00Z"))
                .withQueryParam("ends_at", equalTo("2026-05-02T00:00:00Z"))
                .withQueryParam("actor_ids", equalTo("apke_1,us_2"))
                .withQueryParam("actor_types", equalTo("api_key,user"))
                .withQueryParam("actor_account_ids", equalTo("ac_1"))
                .withQueryParam("target_account_ids", equalTo("ac_2,ac_3"))
                .withQueryParam("status_codes", equalTo("401,403"))
                .withQueryParam("status_code_classes", equalTo("5"))
                .withQueryParam("error_codes", equalTo("api_key_revoked,api_key_expired"))
                .withQueryParam("exclude_error_codes", equalTo("expired_token"))
                .withQueryParam("idempotency_key", equalTo("idem-1"))
                .withQueryParam("min_latency_us", equalTo("1000"))
                .withQueryParam("hosts", equalTo("api.augno.com"))
                .withQueryParam("methods", equalTo("POST,DELETE"))
                .withQueryParam("normalized_routes", equalTo("/v1/auth/api-keys/{id}"))
                .withQueryParam("q", equalTo("rq_1"))
                .withQueryParam("limit", equalTo("50"))
                .withQueryParam("cursor", equalTo("c1"))
                .withQueryParam("include", equalTo("actor,actor.role,account")));
        RequestLog log = logs.get(0);
        assertThat(log.id()).startsWith("rq_");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.method()).isEqualTo("GET");
        assertThat(log.actor()).hasValueSatisfying(a -> assertThat(a.type()).isEqualTo(ActorType.USER));
    }

    @Test
    void requestLogGetDecodesTheExampleAndTheLiveBodies() {
        server.stubFor(get(urlPathEqualTo("/v1/core/request-logs/rq_1"))
                .willReturn(okJson(fixture("get-core-request-logs-id-200.json"))));
        server.stubFor(
                get(urlPathEqualTo("/v1/core/request-logs/rq_2"))
                        .willReturn(
                                okJson(
                                        "{\"id\":\"rq_2\",\"object\":\"request_log\",\"method\":\"POST\",\"host\":\"api.augno.com\","
                                                + "\"path\":\"/v1/auth/api-keys\",\"normalized_route\":\"/v1/auth/api-keys\",\"status_code\":401,"
                                                + "\"latency_us\":900,\"api_version\":\"1.0.forge-preview.3\",\"error_code\":\"api_key_revoked\","
                                                + "\"query_params\":{\"limit\":\"10\"},\"request_body\":{\"name\":\"x\"},\"response_body\":null,"
                                                + "\"actor\":{\"id\":\"apke_1\",\"object\":\"actor\",\"type\":\"api_key\",\"name\":\"ci\","
                                                + "\"handle\":\"aug_sk_prod_****abcd\",\"avatar_url\":null,\"role\":null},"
                                                + "\"occurred_at\":\"2026-05-10T00:00:00Z\",\"created_at\":\"2026-05-10T00:00:01Z\"}")));

        RequestLog example = client.core()
                .requestLogs()
                .get(
                        "rq_1",
                        RequestLogGetParams.builder()
                                .include(RequestLogInclude.ACCOUNT, RequestLogInclude.ACTOR)
                                .build());
        RequestLog live = client.core()
                .requestLogs()
                .get(
                        "rq_2",
                        RequestLogGetParams.builder()
                                .include(RequestLogInclude.QUERY_PARAMS, RequestLogInclude.REQUEST_BODY)
                                .build());

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/core/request-logs/rq_2")), key)
                .withQueryParam("include", equalTo("query_params,request_body")));
        assertThat(example.latencyUs()).isEqualTo(12345L);
        assertThat(example.account())
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("ac_01gf7a8200eaj8fke1xvw4h50x"));
        assertThat(example.additionalProperties()).containsKey("identity_type");
        assertThat(live.errorCode()).contains("api_key_revoked");
        assertThat(live.queryParams())
                .contains(com.augno.sdk.internal.json.Json.mapper().valueToTree(java.util.Map.of("limit", "10")));
        assertThat(live.responseBody()).isEmpty();
        assertThat(live.actor()).hasValueSatisfying(a -> {
            assertThat(a.type()).isEqualTo(ActorType.API_KEY);
            assertThat(a.handle()).contains("aug_sk_prod_****abcd");
        });
    }

    @Test
    void auditEventListSendsEveryFilter() {
        server.stubFor(get(urlPathEqualTo("/v1/core/audit-events"))
                .willReturn(okJson(fixture("get-core-audit-events-200.json"))));

        List<AuditEvent> events = client.core()
                .auditEvents()
                .list(AuditEventListParams.builder()
                        .startsAt(Instant.parse("2026-05-01T00:00:00Z"))
                        .endsAt(Instant.parse("2026-05-02T00:00:00Z"))
                        .actions(AuditAction.CREATE.value(), AuditAction.DELETE.value())
                        .actorIds("apke_1")
                        .actorTypes(ActorType.API_KEY.value())
                        .actorAccountIds("ac_1")
                        .targetAccountIds("ac_2")
                        .resourceIds("apke_9")
                        .resourceTypes("api_key", "role")
                        .rootResourceType(CoreAuditEventListParamsRootResourceType.of("sales_order"))
                        .rootResourceId("so_1")
                        .q("x")
                        .include(AuditEventInclude.CHANGES, AuditEventInclude.REQUEST)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/core/audit-events")), key)
                .withQueryParam("starts_at", equalTo("2026-05-01T00:00:00Z"))
                .withQueryParam("ends_at", equalTo("2026-05-02T00:00:00Z"))
                .withQueryParam("actions", equalTo("create,delete"))
                .withQueryParam("actor_ids", equalTo("apke_1"))
                .withQueryParam("actor_types", equalTo("api_key"))
                .withQueryParam("actor_account_ids", equalTo("ac_1"))
                .withQueryParam("target_account_ids", equalTo("ac_2"))
                .withQueryParam("resource_ids", equalTo("apke_9"))
                .withQueryParam("resource_types", equalTo("api_key,role"))
                .withQueryParam("root_resource_type", equalTo("sales_order"))
                .withQueryParam("root_resource_id", equalTo("so_1"))
                .withQueryParam("q", equalTo("x"))
                .withQueryParam("include", equalTo("changes,request")));
        AuditEvent e = events.get(0);
        assertThat(e.id()).startsWith("ae_");
        assertThat(e.changes())
                .hasValueSatisfying(c -> assertThat(c.data().get(0).field()).isEqualTo("email"));
    }

    @Test
    void auditEventGetDecodesChangesMetadataAndTargetAccount() {
        server.stubFor(get(urlPathEqualTo("/v1/core/audit-events/ae_1"))
                .willReturn(okJson(fixture("get-core-audit-events-id-200.json"))));

        AuditEvent e = client.core()
                .auditEvents()
                .get(
                        "ae_1",
                        AuditEventGetParams.builder()
                                .include(AuditEventInclude.CHANGES, AuditEventInclude.METADATA)
                                .build());

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/core/audit-events/ae_1")), key)
                .withQueryParam("include", equalTo("changes,metadata")));
        assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(e.resourceType()).isEqualTo(AuditEventResourceType.of("user"));
        assertThat(e.changes()).hasValueSatisfying(c -> {
            assertThat(c.data().get(0).oldValue())
                    .contains(com.augno.sdk.internal.json.Json.mapper().valueToTree("old@example.com"));
            assertThat(c.data().get(0).newValue())
                    .contains(com.augno.sdk.internal.json.Json.mapper().valueToTree("new@example.com"));
        });
        assertThat(e.metadata())
                .contains(com.augno.sdk.internal.json.Json.mapper()
                        .valueToTree(java.util.Map.of("reason", "operator override")));
        assertThat(e.sourceIp()).contains("198.51.100.8");
        assertThat(e.additionalProperties()).containsKey("request_id");
    }

    @Test
    void auditEventResourceTypesDecodeAsStrings() {
        server.stubFor(
                get(urlPathEqualTo("/v1/core/audit-events/resource-types"))
                        .willReturn(
                                okJson(
                                        "{\"object\":\"list\",\"data\":[\"api_key\",\"role\"],\"page_info\":{\"has_next_page\":false}}")));

        assertThat(client.core().auditEvents().getResourceTypes().data()).containsExactly("api_key", "role");
        server.verify(
                withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/core/audit-events/resource-types")), key));
    }

    @Test
    void sandboxCrud() {
        server.stubFor(get(urlPathEqualTo("/v1/core/sandboxes"))
                .willReturn(okJson(fixture("get-core-sandboxes-200.json")
                        .replace("\"has_next_page\": true", "\"has_next_page\": false"))));
        server.stubFor(get(urlPathEqualTo("/v1/core/sandboxes/sbac_1"))
                .willReturn(okJson(fixture("get-core-sandboxes-id-200.json"))));
        server.stubFor(post(urlPathEqualTo("/v1/core/sandboxes")).willReturn(created("post-core-sandboxes-201.json")));
        server.stubFor(delete(urlPathEqualTo("/v1/core/sandboxes/sbac_1"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("delete-core-sandboxes-id-202.json"))));

        List<Sandbox> list = client.core()
                .sandboxes()
                .list(SandboxListParams.builder()
                        .q("Integration")
                        .include(SandboxInclude.OWNER_ACCOUNT)
                        .build())
                .data();
        Sandbox one = client.core()
                .sandboxes()
                .get(
                        "sbac_1",
                        SandboxGetParams.builder()
                                .include(SandboxInclude.OWNER_ACCOUNT)
                                .build());
        Sandbox made = client.core()
                .sandboxes()
                .create(SandboxCreateParams.builder()
                        .name("CI")
                        .mode(SandboxMode.SEEDED)
                        .include(SandboxInclude.OWNER_ACCOUNT)
                        .build());
        client.core().sandboxes().delete("sbac_1");

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/core/sandboxes")), key)
                .withQueryParam("q", equalTo("Integration"))
                .withQueryParam("include", equalTo("owner_account")));
        server.verify(getRequestedFor(urlPathEqualTo("/v1/core/sandboxes/sbac_1"))
                .withQueryParam("include", equalTo("owner_account")));
        server.verify(withBodyHeaders(postRequestedFor(urlPathEqualTo("/v1/core/sandboxes")), key)
                .withQueryParam("include", equalTo("owner_account"))
                .withRequestBody(equalToJson("{\"name\":\"CI\",\"mode\":\"seeded\"}")));
        server.verify(withStandardHeaders(deleteRequestedFor(urlPathEqualTo("/v1/core/sandboxes/sbac_1")), key));
        assertThat(list.get(0).name()).isEqualTo("Integration Testing");
        assertThat(one.ownerAccount())
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Acme Inc."));
        assertThat(made.id()).isEqualTo("sbac_01jm4r6700f8nwq3v5hx2d9ktp");
    }
}
