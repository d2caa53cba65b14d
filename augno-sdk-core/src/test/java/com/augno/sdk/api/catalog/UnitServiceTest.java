package com.augno.sdk.api.catalog;

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
import com.augno.sdk.api.core.Unit;
import com.augno.sdk.api.core.UnitType;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UnitServiceTest {
    private static final String PATH = "/v1/catalog/units";
    private static final String UID = "un_01jm4r6700f8nwq3v5hx2d9ktp";

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
    void groupsAndServicesAreMadeOncePerClient() {
        assertThat(client.catalog()).isSameAs(client.catalog());
        assertThat(client.catalog().units()).isSameAs(client.catalog().units());
        try (AugnoClient other = ResourceTestKit.client(server, key)) {
            assertThat(other.catalog().units()).isNotSameAs(client.catalog().units());
        }
    }

    @Test
    void listSendsTypeAndGroupIdsAndDecodesDecimals() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("get-catalog-units-200.json"))));

        List<Unit> units = client.catalog()
                .units()
                .list(UnitListParams.builder()
                        .type(UnitType.MASS)
                        .unitGroupIds("ug_1", "ug_2")
                        .include(UnitInclude.OWNER, UnitInclude.OWNER_ACCOUNT)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(PATH)), key)
                .withQueryParam("type", equalTo("mass"))
                .withQueryParam("unit_group_ids", equalTo("ug_1,ug_2"))
                .withQueryParam("include", equalTo("owner,owner.account")));
        Unit kg = units.get(0);
        assertThat(kg.id()).isEqualTo(UID);
        assertThat(kg.abbreviation()).isEqualTo("kg");
        assertThat(kg.type()).isEqualTo(UnitType.MASS);
        assertThat(kg.isBaseUnit()).isFalse();
        assertThat(kg.ratioNumerator()).isEqualByComparingTo("1000");
        assertThat(kg.offsetDenominator()).isEqualByComparingTo("1");
        assertThat(kg.owner())
                .hasValueSatisfying(o -> assertThat(o.type()).isEqualTo(com.augno.sdk.api.core.OwnerType.SYSTEM));
    }

    @Test
    void getCreateUpdateDelete() {
        server.stubFor(
                get(urlPathEqualTo(PATH + "/" + UID)).willReturn(okJson(fixture("get-catalog-units-id-200.json"))));
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(created("post-catalog-units-201.json")));
        server.stubFor(
                patch(urlPathEqualTo(PATH + "/" + UID)).willReturn(okJson(fixture("patch-catalog-units-id-200.json"))));
        server.stubFor(delete(urlPathEqualTo(PATH + "/" + UID))
                .willReturn(okJson(fixture("delete-catalog-units-id-200.json"))));

        Unit got = client.catalog()
                .units()
                .get(UID, UnitGetParams.builder().include(UnitInclude.OWNER).build());
        Unit made = client.catalog()
                .units()
                .create(UnitCreateParams.builder()
                        .name("Pound")
                        .abbreviation("lb")
                        .type(UnitType.MASS)
                        .ratioNumerator(new java.math.BigDecimal("453.59237"))
                        .ratioDenominator(java.math.BigDecimal.ONE)
                        .offsetNumerator(java.math.BigDecimal.ZERO)
                        .offsetDenominator(java.math.BigDecimal.ONE)
                        .include(UnitInclude.OWNER)
                        .build());
        Unit changed = client.catalog()
                .units()
                .update(UID, UnitUpdateParams.builder().name("Kilo").build());
        client.catalog().units().delete(UID);

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(PATH + "/" + UID)), key)
                .withQueryParam("include", equalTo("owner")));
        server.verify(withBodyHeaders(postRequestedFor(urlPathEqualTo(PATH)), key)
                .withQueryParam("include", equalTo("owner"))
                .withRequestBody(equalToJson("{\"name\":\"Pound\",\"abbreviation\":\"lb\",\"type\":\"mass\","
                        + "\"ratio_numerator\":\"453.59237\",\"ratio_denominator\":\"1\",\"offset_numerator\":\"0\","
                        + "\"offset_denominator\":\"1\"}")));
        server.verify(withBodyHeaders(patchRequestedFor(urlPathEqualTo(PATH + "/" + UID)), key)
                .withRequestBody(equalToJson("{\"name\":\"Kilo\"}")));
        server.verify(withStandardHeaders(deleteRequestedFor(urlPathEqualTo(PATH + "/" + UID)), key));
        assertThat(got.name()).isEqualTo("Kilogram");
        assertThat(made.id()).isEqualTo(UID);
        assertThat(changed.updatedAt()).isEqualTo(Instant.parse("2026-05-10T00:23:00Z"));
    }

    @Test
    void aZeroDenominatorIsRefusedWhenBuilding() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnitUpdateParams.builder()
                        .ratioDenominator(java.math.BigDecimal.ZERO)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ratio_denominator must not be zero");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> UnitCreateParams.builder().name("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`abbreviation` is required");
    }
}
