package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaginationTest {
    @RegisterExtension
    static WireMockExtension server = Fixture.server();

    @RegisterExtension
    static WireMockExtension otherHost = Fixture.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FakeKeySource keys = Fixture.canaryKeys();

    /** A minimal model, to show typed decoding. */
    static final class Thing {
        public String id = "";
    }

    @Test
    void autoPagerFollowsNextPageUrlOverThreePages() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson(page(List.of("a", "b"), "/v1/things?limit=2&statuses=active&cursor=c2"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson(page(List.of("c", "d"), "/v1/things?limit=2&statuses=active&cursor=c3"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c3"))
                .willReturn(okJson(page(List.of("e"), null))));

        Page<Thing> first = context()
                .executePage(
                        ApiRequest.builder(HttpMethod.GET, "/v1/things")
                                .query("limit", 2)
                                .query("statuses", List.of("active"))
                                .build(),
                        Thing.class);

        assertThat(first.data()).extracting(t -> t.id).containsExactly("a", "b");
        assertThat(first.hasNextPage()).isTrue();
        List<String> all = first.autoPager().stream().map(t -> t.id).collect(Collectors.toList());
        assertThat(all).containsExactly("a", "b", "c", "d", "e");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c3"))
                .withQueryParam("statuses", equalTo("active"))
                .withQueryParam("limit", equalTo("2")));
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void autoPagerFallsBackToNextCursorOverThreePages() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson(cursorPage(List.of("a"), "k2"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("k2"))
                .willReturn(okJson(cursorPage(List.of("b"), "k3"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("k3"))
                .willReturn(okJson(cursorPage(List.of("c"), null))));

        Page<Thing> first = context()
                .executePage(
                        ApiRequest.builder(HttpMethod.GET, "/v1/things")
                                .query("q", "acme")
                                .build(),
                        Thing.class);

        List<String> all = first.autoPager().stream().map(t -> t.id).collect(Collectors.toList());
        assertThat(all).containsExactly("a", "b", "c");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("k3"))
                .withQueryParam("q", equalTo("acme")));
    }

    @Test
    void autoPagerIsLazy() {
        server.stubFor(
                get(urlPathEqualTo("/v1/things")).willReturn(okJson(page(List.of("a", "b"), "/v1/things?cursor=c2"))));

        Page<Thing> first = context()
                .executePage(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), Thing.class);
        assertThat(first.autoPager().stream().limit(2).count()).isEqualTo(2);

        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void lastPageHasNoNextPage() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson(page(List.of("a"), null))));

        Page<Thing> page = context()
                .executePage(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), Thing.class);

        assertThat(page.hasNextPage()).isFalse();
        assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void nextPageUrlOnAnotherHostIsRefusedAndThatHostReceivesNothing() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(okJson(page(List.of("a"), otherHost.baseUrl() + "/v1/things?cursor=c2"))));
        otherHost.stubFor(get(anyUrl()).willReturn(okJson(page(List.of("stolen"), null))));

        Page<Thing> first = context()
                .executePage(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), Thing.class);

        assertThat(first.data()).hasSize(1);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(first::nextPage);
        assertThat(t)
                .isInstanceOf(AugnoException.class)
                .hasMessageContaining("Refusing to follow page_info.next_page_url");
        assertThatThrownBy(() -> first.autoPager().stream().count()).isInstanceOf(AugnoException.class);
        otherHost.verify(0, anyRequestedFor(anyUrl()));
        LeakCanary.assertNoLeak(t);
    }

    @Test
    void protocolRelativeAndOtherSchemeNextPageUrlsAreRefused() {
        ClientContext context = context();
        String port = String.valueOf(otherHost.getPort());
        assertThatThrownBy(() -> context.resolvePageUrl("//127.0.0.1:" + port + "/v1/things"))
                .isInstanceOf(AugnoException.class);
        assertThatThrownBy(() -> context.resolvePageUrl("https://localhost:" + server.getPort() + "/v1/things"))
                .isInstanceOf(AugnoException.class);
        assertThat(context.resolvePageUrl(server.baseUrl() + "/v1/things?cursor=x")
                        .toString())
                .isEqualTo(server.baseUrl() + "/v1/things?cursor=x");
    }

    @Test
    void relativeNextPageUrlKeepsTheBaseUrlPathPrefix() {
        ClientContext context =
                ClientContext.create(Fixture.config(server.baseUrl() + "/proxy/augno", sleeper), Fixture.http(), keys);
        assertThat(context.resolvePageUrl("/v1/things?cursor=x").encodedPath()).isEqualTo("/proxy/augno/v1/things");
    }

    /** Issue 20: a page URL on the same host but outside the base URL's path prefix is refused. */
    @Test
    void nextPageUrlOutsideTheBaseUrlPathPrefixIsRefused() {
        ClientContext context =
                ClientContext.create(Fixture.config(server.baseUrl() + "/proxy/augno", sleeper), Fixture.http(), keys);
        assertThatThrownBy(() -> context.resolvePageUrl(server.baseUrl() + "/other-service/v1/things"))
                .isInstanceOf(AugnoException.class)
                .hasMessageContaining("outside the base URL's path");
        assertThatThrownBy(() -> context.resolvePageUrl(server.baseUrl() + "/proxy/augno/../admin/v1/things"))
                .isInstanceOf(AugnoException.class);
        assertThatThrownBy(() -> context.resolvePageUrl(server.baseUrl() + "/proxy/augnoX/v1/things"))
                .isInstanceOf(AugnoException.class);
        assertThat(context.resolvePageUrl(server.baseUrl() + "/proxy/augno/v1/things?cursor=x")
                        .encodedPath())
                .isEqualTo("/proxy/augno/v1/things");
    }

    @Test
    void rawJsonItemsWorkThroughTheSamePager() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson(page(List.of("a"), null))));

        Page<JsonNode> page = context()
                .executePage(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        assertThat(page.data().get(0).get("id").asText()).isEqualTo("a");
    }

    private ClientContext context() {
        return Fixture.context(server, sleeper, keys);
    }

    static String page(List<String> ids, String nextUrl) {
        return "{\"object\":\"list\",\"data\":[" + items(ids) + "],\"page_info\":{\"has_next_page\":"
                + (nextUrl != null)
                + ",\"has_prev_page\":false,\"next_page_url\":" + (nextUrl == null ? "null" : "\"" + nextUrl + "\"")
                + ",\"previous_page_url\":null}}";
    }

    static String cursorPage(List<String> ids, String nextCursor) {
        return "{\"object\":\"list\",\"data\":[" + items(ids) + "],\"page_info\":{\"has_next_page\":"
                + (nextCursor != null)
                + ",\"has_prev_page\":false,\"next_cursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
                + ",\"prev_cursor\":null}}";
    }

    private static String items(List<String> ids) {
        return ids.stream()
                .map(id -> "{\"id\":\"" + id + "\",\"object\":\"thing\"}")
                .collect(Collectors.joining(","));
    }
}
