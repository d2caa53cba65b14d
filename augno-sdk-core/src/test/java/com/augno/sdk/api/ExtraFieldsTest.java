package com.augno.sdk.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.catalog.UnitListParams;
import com.augno.sdk.api.catalog.UnitUpdateParams;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18: an API that moved faster than the SDK never blocks a user. Params carry fields this
 * SDK version does not know (query and body), and models keep the fields they do not know, without
 * printing them. ({@code GeneratedOperationsTest} sends every described query parameter and body
 * field of all 370 operations through the same {@code putAdditional...} methods.)
 */
class ExtraFieldsTest {
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

    private static ObjectNode unit() {
        return (ObjectNode) GeneratedOperationsTest.sample("Unit", new ArrayDeque<>(), false);
    }

    @Test
    void unknownQueryParametersAreSentBesideTheKnownOnes() {
        server.stubFor(get(urlPathEqualTo("/v1/catalog/units"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[],\"page_info\":{\"has_next_page\":false,"
                        + "\"has_prev_page\":false,\"next_page_url\":null,\"previous_page_url\":null}}")));

        client.catalog()
                .units()
                .list(UnitListParams.builder()
                        .q("kg")
                        .putAdditionalQueryParameter("colour", "red")
                        .putAdditionalQueryParameter("shapes", List.of("round", "square"))
                        .build());

        server.verify(getRequestedFor(urlPathEqualTo("/v1/catalog/units"))
                .withQueryParam("q", equalTo("kg"))
                .withQueryParam("colour", equalTo("red"))
                .withQueryParam("shapes", equalTo("round,square")));
    }

    @Test
    void unknownBodyFieldsAreSentAndNullSendsJsonNull() {
        server.stubFor(patch(urlPathEqualTo("/v1/catalog/units/un_1")).willReturn(okJson(unit().toString())));

        client.catalog()
                .units()
                .update(
                        "un_1",
                        UnitUpdateParams.builder()
                                .name("Kilogram")
                                .putAdditionalBodyProperty("precision", Map.of("digits", 3))
                                .putAdditionalBodyProperty("legacy_code", null)
                                .build());

        server.verify(patchRequestedFor(urlPathEqualTo("/v1/catalog/units/un_1"))
                .withRequestBody(
                        equalToJson("{\"name\":\"Kilogram\",\"precision\":{\"digits\":3},\"legacy_code\":null}")));
    }

    @Test
    void modelsKeepUnknownFieldsAndNeverPrintThem() {
        String canary = TestKeys.production();
        ObjectNode body = unit();
        body.putObject("brand_new").put("secret_ish", canary);
        server.stubFor(get(urlPathEqualTo("/v1/catalog/units/un_1")).willReturn(okJson(body.toString())));

        var unit = client.catalog().units().get("un_1");

        assertThat(unit.additionalProperties()).containsKey("brand_new");
        assertThat(unit.additionalProperties()
                        .get("brand_new")
                        .path("secret_ish")
                        .asText())
                .isEqualTo(canary);
        assertThat(unit.toString()).doesNotContain("brand_new");
        LeakCanary.assertNoLeak(unit);
    }
}
