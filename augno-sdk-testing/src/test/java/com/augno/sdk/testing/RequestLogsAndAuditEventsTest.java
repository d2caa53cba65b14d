package com.augno.sdk.testing;

import static com.augno.sdk.testing.Calls.get;
import static com.augno.sdk.testing.Calls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.InvalidRequestException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.secrets.ApiKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request logs and audit events recorded from the traffic, read back through {@link AugnoClient}. */
class RequestLogsAndAuditEventsTest {
    private static final String LOGS = "/v1/core/request-logs";
    private static final String EVENTS = "/v1/core/audit-events";

    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private AugnoClient admin;
    private AugnoClient reader;
    private ApiKey readerKey;

    @BeforeEach
    void setUp() {
        admin = Calls.client(server, server.adminKeyStore(), sleeper);
        readerKey = server.mintKey("reader", "units:read");
        reader = Calls.client(server, readerKey, sleeper);
    }

    @AfterEach
    void tearDown() {
        admin.close();
        reader.close();
    }

    @Test
    void requestLogsRecordActorClientAndOutcome() {
        get(reader, "/v1/catalog/units");
        assertThatThrownBy(() -> post(reader, "/v1/sales/customers", Map.of("name", "Acme")))
                .isInstanceOf(PermissionDeniedException.class);

        JsonNode logs = get(
                        admin,
                        LOGS,
                        "actor_ids",
                        server.keyId(readerKey),
                        "status_codes",
                        "403",
                        "include",
                        "actor,account")
                .data()
                .get("data");

        assertThat(logs).hasSize(1);
        JsonNode log = logs.get(0);
        assertThat(log.get("method").asText()).isEqualTo("POST");
        assertThat(log.get("path").asText()).isEqualTo("/v1/sales/customers");
        assertThat(log.get("normalized_route").asText()).isEqualTo("/v1/sales/customers");
        assertThat(log.get("error_code").asText()).isEqualTo("insufficient_permissions");
        assertThat(log.get("client_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(log.get("user_agent").asText()).isNotBlank();
        assertThat(log.get("api_version").asText()).isEqualTo(AugnoClient.DEFAULT_API_VERSION);
        assertThat(log.get("idempotency_key").asText()).isNotBlank();
        assertThat(log.get("actor").get("type").asText()).isEqualTo("api_key");
        assertThat(log.get("actor").get("handle").asText()).isEqualTo(readerKey.redacted());
        assertThat(log.get("account").get("id").asText()).isEqualTo(server.accountId(server.defaultMode()));
        assertThat(log.get("request_body").isNull()).isTrue();
    }

    @Test
    void requestLogFiltersMatchTheLiveApi() {
        get(reader, "/v1/catalog/units");
        String id = post(
                        admin,
                        "/v1/sales/customers",
                        Customers.seed(server).body("Acme"),
                        RequestOptions.builder().idempotencyKey("idem-42").build())
                .data()
                .get("id")
                .asText();
        get(admin, "/v1/sales/customers/" + id);
        clock.advance(Duration.ofHours(1));
        get(admin, "/v1/catalog/units");

        assertThat(get(admin, LOGS, "idempotency_key", "idem-42").data().get("data"))
                .hasSize(1);
        assertThat(get(admin, LOGS, "normalized_routes", "/v1/sales/customers/{customer_id}")
                        .data()
                        .get("data"))
                .hasSize(1);
        assertThat(get(admin, LOGS, "methods", "POST").data().get("data")).hasSize(1);
        assertThat(get(admin, LOGS, "status_code_classes", "2", "starts_at", "2026-03-01T10:30:00Z")
                        .data()
                        .get("data"))
                .hasSize(1);
        assertThat(get(admin, LOGS, "actor_types", "api_key", "ends_at", "2026-03-01T10:00:00Z")
                        .data()
                        .get("data"))
                .hasSize(3);
        assertThat(get(admin, LOGS, "status_code_classes", "4").data().get("data"))
                .isEmpty();
        assertThat(get(admin, LOGS, "q", "/v1/sales/customers").data().get("data"))
                .hasSize(2);
    }

    @Test
    void loggingEndpointsAreLeftOutOfListsButCanBeFetched() {
        get(admin, LOGS);
        JsonNode first = get(admin, LOGS).data().get("data");
        assertThat(first).isEmpty();

        get(reader, "/v1/catalog/units");
        String id = get(admin, LOGS).data().get("data").get(0).get("id").asText();
        JsonNode log = get(admin, LOGS + "/" + id, "include", "actor.role.permissions,query_params")
                .data();

        assertThat(log.get("actor").get("role").get("permissions").get(0).asText())
                .isEqualTo("units:read");
        assertThat(log.get("query_params").isObject()).isTrue();
    }

    @Test
    void createdKeySecretIsRedactedInTheLoggedResponseBody() {
        String roleId = get(admin, "/v1/identity/roles", "types", "admin")
                .data()
                .get("data")
                .get(0)
                .get("id")
                .asText();
        RequestOptions sameKey =
                RequestOptions.builder().idempotencyKey("create-ci").build();
        JsonNode created = post(admin, "/v1/auth/api-keys", Map.of("name", "ci", "role_id", roleId), sameKey)
                .data();
        String secret = LeakCanary.register(created.get("api_key_secret").asText());
        post(admin, "/v1/auth/api-keys", Map.of("name", "ci", "role_id", roleId), sameKey);

        JsonNode posts = get(admin, LOGS, "methods", "POST").data().get("data");
        assertThat(posts).hasSize(2);
        for (JsonNode entry : posts) {
            JsonNode log = get(admin, LOGS + "/" + entry.get("id").asText(), "include", "request_body,response_body")
                    .data();
            assertThat(log.get("request_body").get("name").asText()).isEqualTo("ci");
            assertThat(log.get("response_body").get("api_key_secret").asText()).contains("****");
            assertThat(log.toString()).doesNotContain(secret);
        }
    }

    @Test
    void unknownIncludeIsRefused() {
        assertThatThrownBy(() -> get(admin, LOGS, "include", "request_body"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("include"));
    }

    @Test
    void auditEventsRecordKeyManagementWithChangesAndMetadata() {
        String oldId = server.keyId(server.mintAdminKey(server.defaultMode(), "ops"));
        clock.advance(Duration.ofMinutes(5));
        String newId = post(
                        admin,
                        "/v1/auth/api-keys/" + oldId + "/actions/rotate",
                        Map.of("revoke_at", "2026-03-02T10:05:00Z"),
                        RequestOptions.builder().idempotencyKey("rotate-1").build())
                .data()
                .get("api_key_info")
                .get("id")
                .asText();

        JsonNode events = get(admin, EVENTS, "resource_types", "api_key", "include", "changes,metadata,actor,request")
                .data()
                .get("data");

        assertThat(events).hasSize(2);
        JsonNode update = events.get(0);
        assertThat(update.get("action").asText()).isEqualTo("update");
        assertThat(update.get("resource_id").asText()).isEqualTo(oldId);
        assertThat(update.get("changes").get("data").get(0).get("field").asText())
                .isEqualTo("revoked_at");
        assertThat(update.get("changes").get("data").get(0).get("new_value").asText())
                .isEqualTo("2026-03-02T10:05:00Z");
        assertThat(update.get("metadata").get("replacement_id").asText()).isEqualTo(newId);
        assertThat(update.get("idempotency_key").asText()).isEqualTo("rotate-1");
        assertThat(update.get("source_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(update.get("actor").get("id").asText()).isEqualTo(server.keyId(server.adminKey()));
        assertThat(update.get("request").get("normalized_route").asText())
                .isEqualTo("/v1/auth/api-keys/{id}/actions/rotate");
        JsonNode create = events.get(1);
        assertThat(create.get("action").asText()).isEqualTo("create");
        assertThat(create.get("resource_id").asText()).isEqualTo(newId);

        assertThat(get(admin, EVENTS, "actions", "create").data().get("data")).hasSize(1);
        assertThat(get(admin, EVENTS, "resource_ids", oldId).data().get("data")).hasSize(1);
        assertThat(get(admin, EVENTS, "root_resource_type", "api_key", "root_resource_id", newId)
                        .data()
                        .get("data"))
                .hasSize(1);
        assertThat(get(admin, EVENTS, "starts_at", "2026-03-01T10:06:00Z")
                        .data()
                        .get("data"))
                .isEmpty();
        String eventId = update.get("id").asText();
        assertThat(get(admin, EVENTS + "/" + eventId).data().get("changes").isNull())
                .isTrue();
        assertThat(get(admin, EVENTS + "/resource-types").data().get("data").toString())
                .contains("\"api_key\"");
    }

    @Test
    void updatesThatChangeNothingRecordNoEvent() {
        String id = post(admin, "/v1/sales/customers", Customers.seed(server).body("Acme"))
                .data()
                .get("id")
                .asText();

        Calls.patch(admin, "/v1/sales/customers/" + id, Map.of("name", "Acme"));
        Calls.patch(admin, "/v1/sales/customers/" + id, Map.of("name", "Acme Corp"));

        JsonNode events = get(admin, EVENTS, "resource_ids", id, "include", "changes")
                .data()
                .get("data");
        assertThat(events).hasSize(2);
        assertThat(events.get(0)
                        .get("changes")
                        .get("data")
                        .get(0)
                        .get("old_value")
                        .asText())
                .isEqualTo("Acme");
    }
}
