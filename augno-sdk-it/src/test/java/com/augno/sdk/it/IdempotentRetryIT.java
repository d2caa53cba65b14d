package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.sales.Customer;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A POST retried through faults carries one Idempotency-Key on every attempt and creates once. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IdempotentRetryIT {
    private static final String CREATE = "POST /v1/sales/customers";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    @Test
    void postRetriedThroughLostResponsesCreatesExactlyOnce() {
        List<String> sentKeys = new CopyOnWriteArrayList<>();
        // A caller's network interceptor sees each attempt as it goes on the wire.
        OkHttpClient http = new OkHttpClient.Builder()
                .addNetworkInterceptor(chain -> {
                    String key = chain.request().header("Idempotency-Key");
                    sentKeys.add(key == null ? "<none>" : key);
                    return chain.proceed(chain.request());
                })
                .build();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        // The first attempt is processed and its response lost (503 after the creation); the
        // second is processed again and its response reset; the third gets through.
        server.injectFault(CREATE, Fault.serverError(503).afterProcessing().times(1));
        server.injectFault(CREATE, Fault.connectionReset().afterProcessing().times(1));
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(server.storeFor(server.mintKey("writer", "customers:create", "customers:read")))
                .baseUrl(server.baseUrl())
                .okHttpClient(http)
                .sleeper(waits::add)
                .build()) {

            String createdId = client.request(
                            ApiRequest.builder(HttpMethod.POST, "/v1/sales/customers")
                                    .body(CustomerFixture.seed(
                                                    (path, fields) -> server.seed(server.defaultMode(), path, fields))
                                            .body("Acme"))
                                    .build(),
                            JsonNode.class)
                    .data()
                    .get("id")
                    .asText();

            assertThat(sentKeys).hasSize(3);
            assertThat(sentKeys).doesNotContain("<none>");
            assertThat(sentKeys.stream().distinct()).hasSize(1);
            assertThat(server.requestCount(CREATE)).isEqualTo(3);
            assertThat(server.creationCount(sentKeys.get(0))).isEqualTo(1);
            assertThat(server.creationCount("")).isZero();
            assertThat(client.sales().customers().list().data())
                    .extracting(Customer::id)
                    .containsExactly(createdId);
            assertThat(waits).hasSize(2);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
