package com.augno.sdk.api.sales;

import static com.augno.sdk.internal.resources.ResourceTestKit.created;
import static com.augno.sdk.internal.resources.ResourceTestKit.fixture;
import static com.augno.sdk.internal.resources.ResourceTestKit.withBodyHeaders;
import static com.augno.sdk.internal.resources.ResourceTestKit.withStandardHeaders;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.QuantityInput;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerServiceTest {
    private static final String PATH = "/v1/sales/customers";
    private static final String CID = "ac_01gf7a8200er3ar3pkfrb6kk29";

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
    void listSendsEveryFilterAndEveryIncludeValue() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("get-sales-customers-200.json"))));
        List<String> all = List.of(
                CustomerInclude.BILL_TO_ADDRESS,
                CustomerInclude.SHIP_TO_ADDRESS,
                CustomerInclude.TYPE,
                CustomerInclude.PARENT_ACCOUNT,
                CustomerInclude.CHILD_ACCOUNTS,
                CustomerInclude.PRICE_GROUPS,
                CustomerInclude.CONTACT_INFO,
                CustomerInclude.FREIGHT_PREFERENCES,
                CustomerInclude.FREIGHT_PREFERENCES_CARRIER,
                CustomerInclude.FREIGHT_PREFERENCES_CARRIER_SERVICE_LEVELS,
                CustomerInclude.FREIGHT_PREFERENCES_SERVICE_LEVEL,
                CustomerInclude.DEFAULTS,
                CustomerInclude.DEFAULTS_PAYMENT_TERM,
                CustomerInclude.DEFAULTS_SHIPPING_TERM,
                CustomerInclude.DEFAULTS_SALES_REP,
                CustomerInclude.DEFAULTS_SALES_REP_USER,
                CustomerInclude.DEFAULTS_PRIORITY,
                CustomerInclude.NOTIFICATION_PREFERENCES,
                CustomerInclude.CREDIT_LIMIT,
                CustomerInclude.CREDIT_LIMIT_UNIT);

        List<Customer> customers = client.sales()
                .customers()
                .list(CustomerListParams.builder()
                        .startsAt(Instant.parse("2026-01-01T00:00:00Z"))
                        .endsAt(Instant.parse("2026-02-01T00:00:00Z"))
                        .city("Austin")
                        .state("TX")
                        .postalCode("78701")
                        .statusCodes(CustomerStatus.HOLD_ALL.value(), CustomerStatus.HOLD_SHIPMENT.value())
                        .commissionStatusCodes(CommissionPolicy.COMMISSION_EXEMPT.value())
                        .freightStatusCodes(FreightPolicy.FREE_FREIGHT.value())
                        .customerGroupIds("acgp_1")
                        .pricingGroupIds("acgp_2", "acgp_3")
                        .carrierIds("cr_1")
                        .serviceLevelIds("crop_1")
                        .paymentTermIds("pytm_1")
                        .shippingTermIds("shtm_1")
                        .salesRepIds("acus_1")
                        .parentAccountStatus(SaleCustomerListParamsParentAccountStatus.of("parent"))
                        .include(all)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(PATH)), key)
                .withQueryParam("starts_at", equalTo("2026-01-01T00:00:00Z"))
                .withQueryParam("ends_at", equalTo("2026-02-01T00:00:00Z"))
                .withQueryParam("city", equalTo("Austin"))
                .withQueryParam("state", equalTo("TX"))
                .withQueryParam("postal_code", equalTo("78701"))
                .withQueryParam("status_codes", equalTo("hold_all,hold_shipment"))
                .withQueryParam("commission_status_codes", equalTo("commission_exempt"))
                .withQueryParam("freight_status_codes", equalTo("free_freight"))
                .withQueryParam("customer_group_ids", equalTo("acgp_1"))
                .withQueryParam("pricing_group_ids", equalTo("acgp_2,acgp_3"))
                .withQueryParam("carrier_ids", equalTo("cr_1"))
                .withQueryParam("service_level_ids", equalTo("crop_1"))
                .withQueryParam("payment_term_ids", equalTo("pytm_1"))
                .withQueryParam("shipping_term_ids", equalTo("shtm_1"))
                .withQueryParam("sales_rep_ids", equalTo("acus_1"))
                .withQueryParam("parent_account_status", equalTo("parent"))
                .withQueryParam("include", equalTo(String.join(",", all))));
        assertThat(customers).isNotEmpty();
        assertThat(customers.get(0).object()).isEqualTo(CustomerObject.CUSTOMER);
    }

    @Test
    void getDecodesTheExampleWithNestedObjects() {
        server.stubFor(
                get(urlPathEqualTo(PATH + "/" + CID)).willReturn(okJson(fixture("get-sales-customers-id-200.json"))));

        Customer c = client.sales()
                .customers()
                .get(
                        CID,
                        CustomerGetParams.builder()
                                .include(CustomerInclude.CREDIT_LIMIT, CustomerInclude.PRICE_GROUPS)
                                .build());

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(PATH + "/" + CID)), key)
                .withQueryParam("include", equalTo("credit_limit,price_groups")));
        assertThat(c.id()).isEqualTo(CID);
        assertThat(c.name()).isEqualTo("Acme Inc.");
        assertThat(c.number()).isEqualTo("100042");
        assertThat(c.status()).isEqualTo(CustomerStatus.NORMAL);
        assertThat(c.commissionPolicy()).isEqualTo(CommissionPolicy.COMMISSION_APPLIED);
        assertThat(c.creditLimit()).hasValueSatisfying(q -> {
            assertThat(q.value()).isEqualTo(new java.math.BigDecimal("1234.56"));
            assertThat(q.displayValue()).isEqualTo("$1,234.56");
        });
        assertThat(c.contactInfo())
                .hasValueSatisfying(ci -> assertThat(ci.email()).contains("orders@acme.com"));
        assertThat(c.freightPreferences()).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(CustomerFreightPreferencesStatus.BILLED_FREIGHT);
            assertThat(f.billingType()).contains(CarrierBillingType.SENDER);
            assertThat(f.carrier()).isPresent();
        });
        assertThat(c.billToAddress()).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Headquarters");
            assertThat(a.additionalProperties()).containsKey("is_drop_ship");
        });
        assertThat(c.type()).hasValueSatisfying(g -> assertThat(g.type()).isEqualTo(AccountGroupType.TYPE_GROUP));
        assertThat(c.priceGroups()).isPresent();
        assertThat(c.parentAccount()).isEmpty();
        assertThat(c.additionalProperties()).containsKeys("is_edi_enabled", "is_parent_account");
    }

    @Test
    void createSendsInlineAddressesAndDecimalCreditLimit() {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(created("post-sales-customers-201.json")));

        Customer c = client.sales()
                .customers()
                .create(CustomerCreateParams.builder()
                        .name("Acme Inc.")
                        .customerTypeGroupId("acgp_1")
                        .defaultCarrierId("cr_1")
                        .defaultPaymentTermId("pytm_1")
                        .defaultShippingTermId("shtm_1")
                        .billToAddress(AddressInput.builder()
                                .name("HQ")
                                .country("US")
                                .postalCode("78701")
                                .build())
                        .shipToAddress(AddressInput.builder()
                                .name("Dock")
                                .country("US")
                                .type(com.augno.sdk.api.core.AddressType.DROP_SHIP)
                                .build())
                        .ediStatus(EdiStatus.ENABLED)
                        .creditLimit(QuantityInput.builder()
                                .unitId("un_usd")
                                .value(new java.math.BigDecimal("1234.560"))
                                .build())
                        .customerPriceGroupIds("acgp_2")
                        .leadTimeDays(5L)
                        .include(CustomerInclude.DEFAULTS)
                        .build());

        server.verify(withBodyHeaders(postRequestedFor(urlPathEqualTo(PATH)), key)
                .withQueryParam("include", equalTo("defaults"))
                .withRequestBody(equalToJson("{\"name\":\"Acme Inc.\",\"customer_type_group_id\":\"acgp_1\","
                        + "\"default_carrier_id\":\"cr_1\",\"default_payment_term_id\":\"pytm_1\","
                        + "\"default_shipping_term_id\":\"shtm_1\","
                        + "\"bill_to_address\":{\"name\":\"HQ\",\"country\":\"US\",\"postal_code\":\"78701\"},"
                        + "\"ship_to_address\":{\"name\":\"Dock\",\"country\":\"US\",\"type\":\"drop_ship\"},"
                        + "\"edi_status\":\"enabled\",\"credit_limit\":{\"unit_id\":\"un_usd\",\"value\":\"1234.560\"},"
                        + "\"customer_price_group_ids\":[\"acgp_2\"],\"lead_time_days\":5}")));
        assertThat(c.id()).isEqualTo(CID);
    }

    @Test
    void updateTellsAbsentNullAndValueApart() {
        server.stubFor(patch(urlPathEqualTo(PATH + "/" + CID))
                .willReturn(okJson(fixture("patch-sales-customers-id-200.json"))));

        CustomerUpdateParams params = CustomerUpdateParams.builder()
                .note("VIP")
                .clearEmail()
                .clearLeadTimeDays()
                .status(CustomerStatus.of("on_probation"))
                .include(CustomerInclude.CONTACT_INFO)
                .build();
        client.sales().customers().update(CID, params);

        server.verify(withBodyHeaders(patchRequestedFor(urlPathEqualTo(PATH + "/" + CID)), key)
                .withQueryParam("include", equalTo("contact_info"))
                .withRequestBody(equalToJson(
                        "{\"note\":\"VIP\",\"email\":null,\"lead_time_days\":null,\"status\":\"on_probation\"}",
                        false,
                        false)));
        assertThat(params.clearsEmail()).isTrue();
        assertThat(params.email()).isEmpty();
        assertThat(params.clearsPhone()).isFalse();
        assertThat(params.note()).contains("VIP");
    }

    @Test
    void deleteSendsDelete() {
        server.stubFor(delete(urlPathEqualTo(PATH + "/" + CID))
                .willReturn(okJson(fixture("delete-sales-customers-id-200.json"))));

        client.sales().customers().delete(CID);

        server.verify(withStandardHeaders(deleteRequestedFor(urlPathEqualTo(PATH + "/" + CID)), key));
    }
}
