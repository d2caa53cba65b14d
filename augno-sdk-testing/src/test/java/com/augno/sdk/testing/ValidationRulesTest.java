package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.secrets.ApiKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per validation rule of the real server, through real OkHttp: the status, {@code code},
 * {@code type}, {@code param} and {@code is_transient} of each refusal.
 */
class ValidationRulesTest {
    private static final String CUSTOMERS = "/v1/sales/customers";

    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private Wire admin;

    @BeforeEach
    void setUp() {
        admin = new Wire(server, server.adminKey().reveal());
    }

    @AfterEach
    void noKeyInLogs() {
        LeakCanary.assertLogsClean();
    }

    private String createCustomer() {
        Wire.Answer a = admin.send("POST", CUSTOMERS, Customers.seed(server).json("Acme"));
        assertThat(a.status).as("%s", a).isEqualTo(201);
        return a.body.get("id").asText();
    }

    private static void assertError(Wire.Answer a, int status, String code, String type, String param) {
        assertThat(a.status).as("%s", a).isEqualTo(status);
        assertThat(a.code()).isEqualTo(code);
        assertThat(a.type()).isEqualTo(type);
        assertThat(a.param()).isEqualTo(param);
        assertThat(a.isTransient()).isFalse();
    }

    @Test
    void aMissingRequiredBodyFieldIsMissingField() {
        Wire.Answer a = admin.send(
                "POST",
                "/v1/catalog/units",
                "{\"name\":\"Box\",\"type\":\"quantity\",\"ratio_numerator\":\"1\",\"ratio_denominator\":\"1\","
                        + "\"offset_numerator\":\"0\",\"offset_denominator\":\"1\"}");

        assertError(a, 400, "missing_field", "invalid_request_error", "abbreviation");
    }

    @Test
    void aMissingPathParameterIsParameterMissing() {
        Wire.Answer a = admin.send("GET", CUSTOMERS + "/", null);

        assertError(a, 400, "parameter_missing", "invalid_request_error", "id");
    }

    @Test
    void anExplicitNullOnAFieldThatCannotBeNullIsInvalidFormat() {
        String id = createCustomer();

        Wire.Answer refused = admin.send("PATCH", CUSTOMERS + "/" + id, "{\"name\":null}");
        Wire.Answer cleared = admin.send("PATCH", CUSTOMERS + "/" + id, "{\"note\":null}");

        assertError(refused, 400, "invalid_format", "invalid_request_error", "name");
        assertThat(cleared.status).as("note may be null: %s", cleared).isEqualTo(200);
    }

    @Test
    void anUnknownQueryParameterIsParameterUnknown() {
        Wire.Answer a = admin.send("GET", CUSTOMERS + "?q=acme&colour=red", null);

        assertError(a, 400, "parameter_unknown", "invalid_request_error", "colour");
    }

    @Test
    void anUnknownBodyFieldIsParameterUnknown() {
        Map<String, Object> body = Customers.seed(server).body("Acme");
        body.put("colour", "red");
        Wire.Answer a = admin.sendJson("POST", CUSTOMERS, body);

        assertError(a, 400, "parameter_unknown", "invalid_request_error", "colour");
        assertThat(server.creationCount("")).isZero();
    }

    @Test
    void anEmptyPatchBodyIsValidationFailed() {
        String id = createCustomer();

        Wire.Answer emptyObject = admin.send("PATCH", CUSTOMERS + "/" + id, "{}");
        Wire.Answer noBody = admin.send("PATCH", CUSTOMERS + "/" + id, null);

        assertError(emptyObject, 400, "validation_failed", "invalid_request_error", null);
        assertError(noBody, 400, "validation_failed", "invalid_request_error", null);
    }

    @Test
    void aWellFormedUnsupportedVersionIsApiVersionInvalidListingTheSupportedOnes() {
        Wire.Answer openMrp = admin.send("GET", CUSTOMERS, null, Map.of("OpenMRP-Version", "1.0.forge-preview.2"));
        Wire.Answer augno = admin.send("GET", CUSTOMERS, null, Map.of("Augno-Version", "2.0"));

        assertError(openMrp, 400, "api_version_invalid", "invalid_request_error", "OpenMRP-Version");
        assertThat(openMrp.error().path("message").asText()).contains(Wire.VERSION);
        assertError(augno, 400, "api_version_invalid", "invalid_request_error", "Augno-Version");
        assertThat(augno.error().path("message").asText()).contains(Wire.VERSION);
    }

    @Test
    void aKeyTheServerNeverMintedIsInvalidCredentials() {
        for (String brand : TestKeys.brands()) {
            Wire.Answer a = new Wire(server, TestKeys.sandbox(brand)).send("GET", CUSTOMERS, null);

            assertError(a, 401, "invalid_credentials", "invalid_request_error", null);
        }
    }

    @Test
    void aRevokedKeyIsApiKeyRevoked() {
        ApiKey key = server.mintKey("Doomed", "customers:read");
        Wire doomed = new Wire(server, key.reveal());
        assertThat(doomed.send("GET", CUSTOMERS, null).status).isEqualTo(200);

        Wire.Answer revoke = admin.send("DELETE", "/v1/auth/api-keys/" + server.keyId(key), null);
        assertThat(revoke.status).as("%s", revoke).isEqualTo(200);

        assertError(doomed.send("GET", CUSTOMERS, null), 401, "api_key_revoked", "invalid_request_error", null);
    }

    @Test
    void anExpiredKeyIsApiKeyExpired() {
        String roleId = admin.send("GET", "/v1/identity/roles?types=admin", null)
                .body
                .get("data")
                .get(0)
                .get("id")
                .asText();
        Wire.Answer created = admin.send(
                "POST",
                "/v1/auth/api-keys",
                "{\"name\":\"Short-lived\",\"role_id\":\"" + roleId + "\",\"expires_at\":\""
                        + clock.instant().plus(Duration.ofHours(1)) + "\"}");
        assertThat(created.status).as("%s", created).isEqualTo(201);
        Wire shortLived = new Wire(server, created.body.get("api_key_secret").asText());
        assertThat(shortLived.send("GET", CUSTOMERS, null).status).isEqualTo(200);

        clock.advance(Duration.ofHours(2));

        assertError(shortLived.send("GET", CUSTOMERS, null), 401, "api_key_expired", "invalid_request_error", null);
    }

    @Test
    void aMissingPermissionIsInsufficientPermissionsNamingIt() {
        Wire reader =
                new Wire(server, server.mintKey("Reader", "customers:read").reveal());

        Wire.Answer a = reader.send("POST", CUSTOMERS, "{\"name\":\"Acme\"}");

        assertError(a, 403, "insufficient_permissions", "invalid_request_error", null);
        assertThat(a.error().path("message").asText()).contains("customers:create");
    }

    @Test
    void aDeletedResourceIsResourceGone() {
        String id = createCustomer();
        assertThat(admin.send("DELETE", CUSTOMERS + "/" + id, null).status).isEqualTo(200);

        assertError(admin.send("GET", CUSTOMERS + "/" + id, null), 410, "resource_gone", "invalid_request_error", null);
        assertError(
                admin.send("DELETE", CUSTOMERS + "/" + id, null), 410, "resource_gone", "invalid_request_error", null);
        assertError(
                admin.send("GET", CUSTOMERS + "/ac_neverexisted", null),
                404,
                "resource_not_found",
                "invalid_request_error",
                null);
    }

    @Test
    void onlyServerErrorsRateLimitsAndInProgressAreTransient() {
        server.injectFault("GET " + CUSTOMERS, Fault.serverError(503).times(1));
        Wire.Answer unavailable = admin.send("GET", CUSTOMERS, null);
        server.rateLimitNext(1, Duration.ofSeconds(1));
        Wire.Answer limited = admin.send("GET", CUSTOMERS, null);
        Wire.Answer invalid = admin.send("GET", CUSTOMERS + "?colour=red", null);

        assertThat(unavailable.status).isEqualTo(503);
        assertThat(unavailable.type()).isEqualTo("api_error");
        assertThat(unavailable.isTransient()).isTrue();
        assertThat(limited.status).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("rate_limit_exceeded");
        assertThat(limited.isTransient()).isTrue();
        assertThat(invalid.isTransient()).isFalse();
    }
}
