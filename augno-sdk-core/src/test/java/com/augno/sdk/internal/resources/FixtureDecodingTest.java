package com.augno.sdk.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.api.core.AuditEvent;
import com.augno.sdk.api.core.RequestLog;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.api.core.Sandbox;
import com.augno.sdk.api.core.Unit;
import com.augno.sdk.api.identity.AccountUser;
import com.augno.sdk.api.sales.Customer;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.auth.CreatedApiKey;
import com.augno.sdk.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response example copied from openapi-preview.json decodes with the shared mapper. */
class FixtureDecodingTest {
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("get-auth-api-keys-200.json", ApiKeyInfo.class);
        TYPES.put("get-auth-api-keys-id-200.json", ApiKeyInfo.class);
        TYPES.put("post-auth-api-keys-201.json", CreatedApiKey.class);
        TYPES.put("post-auth-api-keys-id-actions-rotate-201.json", CreatedApiKey.class);
        TYPES.put("delete-auth-api-keys-id-200.json", JsonNode.class);
        TYPES.put("get-identity-roles-200.json", Role.class);
        TYPES.put("get-identity-roles-id-200.json", Role.class);
        TYPES.put("post-identity-roles-201.json", Role.class);
        TYPES.put("patch-identity-roles-id-200.json", Role.class);
        TYPES.put("delete-identity-roles-id-200.json", JsonNode.class);
        TYPES.put("get-identity-account-users-200.json", AccountUser.class);
        TYPES.put("get-identity-account-users-id-200.json", AccountUser.class);
        TYPES.put("post-identity-account-users-201.json", AccountUser.class);
        TYPES.put("patch-identity-account-users-id-200.json", AccountUser.class);
        TYPES.put("put-identity-account-users-id-status-200.json", JsonNode.class);
        TYPES.put("get-core-request-logs-200.json", RequestLog.class);
        TYPES.put("get-core-request-logs-id-200.json", RequestLog.class);
        TYPES.put("get-core-audit-events-200.json", AuditEvent.class);
        TYPES.put("get-core-audit-events-id-200.json", AuditEvent.class);
        TYPES.put("get-core-audit-events-resource-types-200.json", String.class);
        TYPES.put("get-core-sandboxes-200.json", Sandbox.class);
        TYPES.put("get-core-sandboxes-id-200.json", Sandbox.class);
        TYPES.put("post-core-sandboxes-201.json", Sandbox.class);
        TYPES.put("delete-core-sandboxes-id-202.json", JsonNode.class);
        TYPES.put("get-sales-customers-200.json", Customer.class);
        TYPES.put("get-sales-customers-id-200.json", Customer.class);
        TYPES.put("post-sales-customers-201.json", Customer.class);
        TYPES.put("patch-sales-customers-id-200.json", Customer.class);
        TYPES.put("post-sales-customers-id-actions-merge-200.json", Customer.class);
        TYPES.put("delete-sales-customers-id-200.json", JsonNode.class);
        TYPES.put("get-catalog-units-200.json", Unit.class);
        TYPES.put("get-catalog-units-id-200.json", Unit.class);
        TYPES.put("post-catalog-units-201.json", Unit.class);
        TYPES.put("patch-catalog-units-id-200.json", Unit.class);
        TYPES.put("delete-catalog-units-id-200.json", JsonNode.class);
    }

    static Stream<Arguments> fixtures() {
        return TYPES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void copiedExampleDecodes(String name, Class<?> type) throws IOException {
        String secret = TestKeys.canary();
        JsonNode tree = Json.mapper().readTree(ResourceTestKit.fixture(name, secret));
        if (tree.has("object") && "list".equals(tree.get("object").asText())) {
            for (JsonNode item : tree.get("data")) {
                assertThat(Json.mapper().treeToValue(item, type)).isNotNull();
            }
        } else {
            Object decoded = Json.mapper().treeToValue(tree, type);
            assertThat(decoded).isNotNull();
            LeakCanary.assertNoLeak(decoded);
        }
    }

    @Test
    void everyCopiedFixtureIsListed() throws IOException {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                FixtureDecodingTest.class.getResource("/com/augno/sdk/fixtures").getPath()))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
        }
    }

    @Test
    void unknownEnumValuesRoundTrip() throws IOException {
        String json = ResourceTestKit.fixture("get-identity-roles-id-200.json").replace("\"admin\"", "\"auditor\"");

        Role role = Json.mapper().readValue(json, Role.class);
        String again = Json.mapper().writeValueAsString(role);
        Role back = Json.mapper().readValue(again, Role.class);

        assertThat(role.type().known()).isEmpty();
        assertThat(role.type().value()).isEqualTo("auditor");
        assertThat(Json.mapper().readTree(again).get("type").asText()).isEqualTo("auditor");
        assertThat(back).isEqualTo(role);
        assertThat(ApiKeyStatus.of("frozen").known()).isEmpty();
        assertThat(ApiKeyStatus.of("frozen").value()).isEqualTo("frozen");
        assertThat(RoleType.of("sales_rep").known()).contains(RoleType.Known.SALES_REP);
    }

    @Test
    void unknownFieldsAreKeptAndReEncoded() throws IOException {
        String json = ResourceTestKit.fixture("get-catalog-units-id-200.json")
                .replace("\"object\": \"unit\",", "\"object\": \"unit\", \"precision\": 3, \"aliases\": [\"kilo\"],");

        Unit unit = Json.mapper().readValue(json, Unit.class);
        JsonNode again = Json.mapper().readTree(Json.mapper().writeValueAsString(unit));

        assertThat(unit.additionalProperties()).containsKeys("precision", "aliases");
        assertThat(again.get("precision").asInt()).isEqualTo(3);
        assertThat(again.get("ratio_numerator").asText()).isEqualTo("1000");
        assertThat(unit.toString()).doesNotContain("precision");
    }

    @Test
    void apiKeyStatusIsDerivedAsTheLiveApiDocuments() throws IOException {
        String base = ResourceTestKit.fixture("get-auth-api-keys-id-200.json");
        Instant now = ResourceTestKit.NOW;
        ApiKeyInfo active = Json.mapper().readValue(base, ApiKeyInfo.class);
        ApiKeyInfo scheduled = Json.mapper()
                .readValue(
                        base.replace("\"revoked_at\": null", "\"revoked_at\": \"2026-05-21T00:00:00Z\""),
                        ApiKeyInfo.class);
        ApiKeyInfo revoked = Json.mapper()
                .readValue(
                        base.replace("\"revoked_at\": null", "\"revoked_at\": \"2026-05-20T00:00:00Z\""),
                        ApiKeyInfo.class);
        ApiKeyInfo expired = Json.mapper()
                .readValue(
                        base.replace(
                                "\"expires_at\": \"2026-06-10T00:00:00Z\"", "\"expires_at\": \"2026-05-19T00:00:00Z\""),
                        ApiKeyInfo.class);
        ApiKeyInfo expiredAndRevoked = Json.mapper()
                .readValue(
                        base.replace(
                                        "\"expires_at\": \"2026-06-10T00:00:00Z\"",
                                        "\"expires_at\": \"2026-05-01T00:00:00Z\"")
                                .replace("\"revoked_at\": null", "\"revoked_at\": \"2026-05-02T00:00:00Z\""),
                        ApiKeyInfo.class);

        assertThat(active.status(now)).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(scheduled.status(now)).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(scheduled.isRevocationScheduled(now)).isTrue();
        assertThat(revoked.status(now)).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(expired.status(now)).isEqualTo(ApiKeyStatus.EXPIRED);
        assertThat(expiredAndRevoked.status(now)).isEqualTo(ApiKeyStatus.REVOKED);
    }
}
