package com.augno.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.micrometer.AugnoMetrics;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.testing.FakeAugnoServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot application (auto-configuration, actuator health, Micrometer) whose key
 * reference comes from a system property, calling a {@link FakeAugnoServer}.
 */
class AugnoApplicationTest {
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @Test
    void startsFromASystemPropertyCallsTheFakeExposesHealthAndRecordsMetrics(@TempDir Path dir) throws Exception {
        try (FakeAugnoServer fake = FakeAugnoServer.builder().build().start()) {
            ApiKey key = fake.adminKey();
            LeakCanary.register(key.reveal());
            Path secret = dir.resolve("augno-key");
            Files.writeString(secret, key.reveal(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

            System.setProperty("augno.secret", secret.toUri().toString());
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                    .web(WebApplicationType.NONE)
                    .properties(
                            "augno.base-url=" + fake.baseUrl(),
                            "management.endpoint.health.show-details=always",
                            "spring.main.banner-mode=off")
                    .run()) {
                AugnoClient client = context.getBean(AugnoClient.class);
                client.auth().apiKeys().list();

                IndicatedHealthDescriptor health = (IndicatedHealthDescriptor)
                        context.getBean(HealthEndpoint.class).healthForPath("augno");
                assertThat(health).isNotNull();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails())
                        .containsEntry("state", "fresh")
                        .containsEntry("key", key.redacted())
                        .containsKey("keyAgeSeconds");

                MeterRegistry meters = context.getBean(MeterRegistry.class);
                Timer requests = meters.find(AugnoMetrics.REQUESTS)
                        .tag("uri", "/v1/auth/api-keys")
                        .tag("outcome", "success")
                        .timer();
                assertThat(requests).isNotNull();
                assertThat(requests.count()).isEqualTo(1);
                assertThat(meters.get(AugnoMetrics.KEY_STATE)
                                .tag("state", "fresh")
                                .gauge()
                                .value())
                        .isEqualTo(1.0);
                assertThat(meters.get(AugnoMetrics.KEY_REFRESHES)
                                .tag("outcome", "success")
                                .counter()
                                .count())
                        .isEqualTo(1.0);

                String meterIds = meters.getMeters().stream()
                        .map(Meter::getId)
                        .map(Object::toString)
                        .collect(Collectors.joining("\n"));
                LeakCanary.assertNoLeak(health.getDetails(), meterIds, client, LogCapture.lines());
            } finally {
                System.clearProperty("augno.secret");
            }
        }
    }
}
