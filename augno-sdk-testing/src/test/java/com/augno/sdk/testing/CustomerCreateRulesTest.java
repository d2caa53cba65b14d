package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A customer create is checked as the live API checks it: every field the description requires,
 * nested address fields by path, and every id pointing at a live record of the account.
 */
class CustomerCreateRulesTest {
    private static final String CUSTOMERS = "/v1/sales/customers";
    private static final List<String> REQUIRED = List.of(
            "name",
            "customer_type_group_id",
            "default_carrier_id",
            "default_payment_term_id",
            "default_shipping_term_id",
            "bill_to_address",
            "ship_to_address");

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private Wire admin;
    private CustomerFixture fixture;

    @BeforeEach
    void setUp() {
        admin = new Wire(server, server.adminKey().reveal());
        fixture = Customers.seed(server);
    }

    @AfterEach
    void noKeyInLogs() {
        LeakCanary.assertLogsClean();
    }

    private static void assertError(Wire.Answer a, int status, String code, @Nullable String param) {
        assertThat(a.status).as("%s", a).isEqualTo(status);
        assertThat(a.code()).as("%s", a).isEqualTo(code);
        assertThat(a.param()).as("%s", a).isEqualTo(param);
        assertThat(a.isTransient()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> billTo(Map<String, Object> body) {
        return (Map<String, Object>) body.get("bill_to_address");
    }

    @Test
    void aFullCreateSucceedsAndKeepsItsFields() {
        Map<String, Object> body = fixture.body("Acme");
        body.put("note", "Key account");
        billTo(body).put("street_line_1", "1 Main St");
        billTo(body).put("street_line_2", null);

        Wire.Answer a = admin.sendJson("POST", CUSTOMERS, body);

        assertThat(a.status).as("%s", a).isEqualTo(201);
        assertThat(a.body.path("name").asText()).isEqualTo("Acme");
        assertThat(a.body.path("note").asText()).isEqualTo("Key account");
        assertThat(server.creationCount("")).isEqualTo(1);
    }

    @Test
    void eachRequiredFieldLeftOutIsMissingFieldNamingIt() {
        for (String field : REQUIRED) {
            Map<String, Object> body = fixture.body("Acme");
            body.remove(field);

            assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "missing_field", field);
        }
        assertThat(server.creationCount("")).isZero();
    }

    @Test
    void aNameOnlyCreateIsRefused() {
        Wire.Answer a = admin.send("POST", CUSTOMERS, "{\"name\":\"Acme\"}");

        assertThat(a.status).isEqualTo(400);
        assertThat(a.code()).isEqualTo("missing_field");
        assertThat(REQUIRED).contains(a.param());
    }

    @Test
    void aNullOnANonNullableFieldIsInvalidFormat() {
        Map<String, Object> body = fixture.body("Acme");
        body.put("note", null);

        assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "invalid_format", "note");
    }

    @Test
    void anUnknownFieldIsParameterUnknown() {
        Map<String, Object> body = fixture.body("Acme");
        body.put("colour", "red");

        assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "parameter_unknown", "colour");
    }

    @Test
    void aMissingRequiredAddressFieldIsNamedByItsPath() {
        Map<String, Object> body = fixture.body("Acme");
        billTo(body).remove("country");

        assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "missing_field", "bill_to_address.country");
    }

    @Test
    void aNullOnANonNullableAddressFieldIsInvalidFormatButANullableOneIsAccepted() {
        Map<String, Object> refused = fixture.body("Acme");
        billTo(refused).put("name", null);
        Map<String, Object> accepted = fixture.body("Acme");
        billTo(accepted).put("locality", null);

        assertError(admin.sendJson("POST", CUSTOMERS, refused), 400, "invalid_format", "bill_to_address.name");
        assertThat(admin.sendJson("POST", CUSTOMERS, accepted).status).isEqualTo(201);
    }

    @Test
    void anUnknownAddressFieldIsParameterUnknownNamedByItsPath() {
        Map<String, Object> body = fixture.body("Acme");
        body.put("ship_to_address", Map.of("name", "Dock", "country", "US", "colour", "red"));

        assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "parameter_unknown", "ship_to_address.colour");
    }

    @Test
    void anAddressThatIsNotAnObjectIsInvalidFormat() {
        Map<String, Object> body = fixture.body("Acme");
        body.put("bill_to_address", "1 Main St");

        assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "invalid_format", "bill_to_address");
    }

    @Test
    void anIdThatNamesNoRecordIsResourceNotFoundNamingTheField() {
        for (String field : List.of(
                "customer_type_group_id",
                "default_carrier_id",
                "default_payment_term_id",
                "default_shipping_term_id")) {
            Map<String, Object> body = fixture.body("Acme");
            body.put(field, "xx_000000000000");

            assertError(admin.sendJson("POST", CUSTOMERS, body), 404, "resource_not_found", field);
        }
        assertThat(server.creationCount("")).isZero();
    }

    @Test
    void anotherAccountsRecordsAreNotFound() {
        CustomerFixture production = Customers.seed(server, com.augno.sdk.secrets.KeyMode.PRODUCTION);
        Map<String, Object> body = fixture.body("Acme");
        body.put("default_payment_term_id", production.paymentTermId());

        assertError(admin.sendJson("POST", CUSTOMERS, body), 404, "resource_not_found", "default_payment_term_id");
    }

    @Test
    void aPricingGroupIsNoCustomerTypeGroup() {
        String pricing = server.seed(
                server.defaultMode(), "/v1/sales/account-groups", Map.of("name", "Gold", "type", "pricing_group"));
        Map<String, Object> body = fixture.body("Acme");
        body.put("customer_type_group_id", pricing);
        Map<String, Object> priced = fixture.body("Acme");
        priced.put("customer_price_group_ids", List.of(pricing));

        assertError(admin.sendJson("POST", CUSTOMERS, body), 400, "parameter_invalid", "customer_type_group_id");
        assertThat(admin.sendJson("POST", CUSTOMERS, priced).status).isEqualTo(201);
    }

    @Test
    void recordsCreatedThroughTheApiCanBeReferenced() {
        Wire.Answer term = admin.send("POST", "/v1/finance/payment-terms", "{\"name\":\"Net 60\"}");
        Map<String, Object> body = fixture.body("Acme");
        body.put("default_payment_term_id", term.body.path("id").asText());

        assertThat(admin.sendJson("POST", CUSTOMERS, body).status).isEqualTo(201);
    }

    @Test
    void aCreditLimitNeedsItsUnitAndValue() {
        Map<String, Object> noUnit = fixture.body("Acme");
        noUnit.put("credit_limit", Map.of("value", "5000"));
        Map<String, Object> unknownUnit = fixture.body("Acme");
        unknownUnit.put("credit_limit", Map.of("value", "5000", "unit_id", "un_000000000000"));

        assertError(admin.sendJson("POST", CUSTOMERS, noUnit), 400, "missing_field", "credit_limit.unit_id");
        assertError(admin.sendJson("POST", CUSTOMERS, unknownUnit), 404, "resource_not_found", "credit_limit.unit_id");
    }

    @Test
    void anUpdateChecksNestedObjectsAndReferencesToo() {
        String id = admin.sendJson("POST", CUSTOMERS, fixture.body("Acme"))
                .body
                .path("id")
                .asText();
        Map<String, Object> limit = new LinkedHashMap<>();
        limit.put("value", "10");

        assertError(
                admin.sendJson("PATCH", CUSTOMERS + "/" + id, Map.of("credit_limit", limit)),
                400,
                "missing_field",
                "credit_limit.unit_id");
        assertError(
                admin.sendJson("PATCH", CUSTOMERS + "/" + id, Map.of("default_carrier_id", "cr_000000000000")),
                404,
                "resource_not_found",
                "default_carrier_id");
        JsonNode renamed = admin.sendJson("PATCH", CUSTOMERS + "/" + id, Map.of("name", "Acme 2")).body;
        assertThat(renamed.path("name").asText()).isEqualTo("Acme 2");
    }
}
