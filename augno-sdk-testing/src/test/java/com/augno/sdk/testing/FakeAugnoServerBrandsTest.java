package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.secrets.KeyMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake after the rename to OpenMRP (issue 16): key brands chosen by the test, both version headers. */
class FakeAugnoServerBrandsTest {
    private static final String CUSTOMERS = "/v1/sales/customers";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private HttpResponse<String> send(String... headers) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + CUSTOMERS))
                .header("Authorization", "Bearer " + server.adminKey().reveal());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eitherVersionHeaderIsAcceptedAndNeitherIsRefused() throws Exception {
        assertThat(send("OpenMRP-Version", "1.0.forge-preview.3").statusCode()).isEqualTo(200);
        assertThat(send("Augno-Version", "1.0.forge-preview.3").statusCode()).isEqualTo(200);
        HttpResponse<String> neither = send();
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.body()).contains("\"code\":\"api_version_required\"").contains("OpenMRP-Version");
    }

    @Test
    void mintsTheNewBrandByDefaultAndTheBrandATestChooses() {
        assertThat(server.adminKey().reveal())
                .startsWith(KeyMode.SANDBOX.prefix())
                .startsWith(TestKeys.BRAND);
        assertThat(server.adminKey(KeyMode.PRODUCTION).redacted()).startsWith("mrp_sk_prod_****");
        server.keyBrand(TestKeys.LEGACY_BRAND);
        assertThat(server.mintKey("old", "customers:read").redacted()).startsWith("aug_sk_test_****");
        try (FakeAugnoServer legacy = FakeAugnoServer.builder()
                .keyBrand(TestKeys.LEGACY_BRAND)
                .onKeyMinted(LeakCanary::register)
                .build()) {
            assertThat(legacy.adminKey(KeyMode.PRODUCTION).redacted()).startsWith("aug_sk_prod_****");
        }
        assertThatThrownBy(() -> FakeAugnoServer.builder().keyBrand(TestKeys.UNKNOWN_BRAND))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.keyBrand("not a brand")).isInstanceOf(IllegalArgumentException.class);
    }
}
