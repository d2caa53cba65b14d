package com.augno.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.api.catalog.UnitListParams;
import com.augno.sdk.api.core.AuditEventListParams;
import com.augno.sdk.api.core.RequestLogListParams;
import com.augno.sdk.api.core.SandboxListParams;
import com.augno.sdk.api.identity.AccountUserListParams;
import com.augno.sdk.api.identity.IdentityGetPermissionGroupsParams;
import com.augno.sdk.api.identity.RoleListParams;
import com.augno.sdk.api.sales.CustomerListParams;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.http.Page;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list parameters every typed list call shares ({@code cursor}, {@code limit}, {@code q},
 * {@code include}), checked on each list params class through the public API and on the wire.
 */
class ListParamsTest {
    private static final String EMPTY_PAGE = "{\"object\":\"list\",\"page_info\":{\"next_cursor\":null,"
            + "\"prev_cursor\":null,\"has_next_page\":false,\"has_prev_page\":false},\"data\":[]}";
    private static final String CURSOR = "cur_01jm4r6700e3kxb9w2nqh7g5fp";
    private static final String[] INCLUDE = {"role", "role.permissions"};

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private AugnoClient client;

    @BeforeEach
    void setUp() {
        client = ResourceTestKit.client(server, ResourceTestKit.newKey());
        server.stubFor(get(anyUrl()).willReturn(okJson(EMPTY_PAGE)));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    /**
     * One list call: how to make its params with the common parameters set (the given page size),
     * and how to send them.
     */
    private static <P> Arguments list(
            String name, LongFunction<P> withCommon, BiFunction<AugnoClient, P, Page<?>> send) {
        return Arguments.of(name, withCommon, send);
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                list(
                        "apiKeys",
                        n -> ApiKeyListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.auth().apiKeys().list(p)),
                list(
                        "roles",
                        n -> RoleListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.identity().roles().list(p)),
                list(
                        "permissionGroups",
                        n -> IdentityGetPermissionGroupsParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.identity().getPermissionGroups(p)),
                list(
                        "accountUsers",
                        n -> AccountUserListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.identity().accountUsers().list(p)),
                list(
                        "requestLogs",
                        n -> RequestLogListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.core().requestLogs().list(p)),
                list(
                        "auditEvents",
                        n -> AuditEventListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.core().auditEvents().list(p)),
                list(
                        "sandboxes",
                        n -> SandboxListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.core().sandboxes().list(p)),
                list(
                        "customers",
                        n -> CustomerListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.sales().customers().list(p)),
                list(
                        "units",
                        n -> UnitListParams.builder()
                                .cursor(CURSOR)
                                .limit(n)
                                .q("acme")
                                .include(INCLUDE)
                                .build(),
                        (c, p) -> c.catalog().units().list(p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void cursorLimitQAndIncludeGoOnTheQuery(
            String name, LongFunction<Object> withCommon, BiFunction<AugnoClient, Object, Page<?>> send) {
        assertThat(send.apply(client, withCommon.apply(10)).data()).isEmpty();

        server.verify(
                1,
                getRequestedFor(anyUrl())
                        .withQueryParam("cursor", equalTo(CURSOR))
                        .withQueryParam("limit", equalTo("10"))
                        .withQueryParam("q", equalTo("acme"))
                        .withQueryParam("include", equalTo("role,role.permissions")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void limitTakesTheApiRangeAndRefusesTheRest(
            String name, LongFunction<Object> withCommon, BiFunction<AugnoClient, Object, Page<?>> send) {
        assertThat(withCommon.apply(1).toString()).contains("limit=1");
        assertThat(withCommon.apply(1000).toString()).contains("limit=1000");
        for (long bad : new long[] {0, -5, 1001}) {
            assertThatThrownBy(() -> withCommon.apply(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("limit must be between 1 and 1000")
                    .hasMessageContaining("but was " + bad);
        }
    }

    @Test
    void limitTakesAPlainIntAndABoxedLongAlike() {
        ApiKeyListParams fromInt = ApiKeyListParams.builder().limit(10).build();
        ApiKeyListParams fromLong = ApiKeyListParams.builder().limit(10L).build();
        ApiKeyListParams fromBoxed =
                ApiKeyListParams.builder().limit(Long.valueOf(10)).build();

        assertThat(fromInt.limit()).contains(10L);
        assertThat(fromInt).isEqualTo(fromLong).isEqualTo(fromBoxed);
        assertThatThrownBy(() -> ApiKeyListParams.builder().limit((Long) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limit == null");
        assertThatThrownBy(() -> CustomerListParams.builder().limit(Long.valueOf(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsetListParametersAreNotSent() {
        client.identity().roles().list(RoleListParams.builder().build());

        server.verify(1, getRequestedFor(anyUrl()));
        assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo("/v1/identity/roles");
    }

    @Test
    void toBuilderKeepsTheCommonParametersAndCanChangeThem() {
        CustomerListParams first =
                CustomerListParams.builder().q("acme").limit(20).include("type").build();
        CustomerListParams next = first.toBuilder().cursor(CURSOR).build();

        assertThat(first.toBuilder().build()).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(next.q()).contains("acme");
        assertThat(next.limit()).contains(20L);
        assertThat(next.cursor()).contains(CURSOR);
        assertThat(next.include()).containsExactly("type");
        assertThat(first.cursor()).isEmpty();
        assertThat(next.toString())
                .isEqualTo("CustomerListParams query{q=acme, limit=20, cursor=" + CURSOR + "} include=[type]");
    }
}
