package com.example.augno;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.spring.boot.test.AutoConfigureFakeAugnoServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application against the fake Augno API. */
@SpringBootTest
@AutoConfigureFakeAugnoServer
class KeyInventoryTest {
    @Autowired KeyInventory inventory;
    @Autowired FakeAugnoServer fake;
    @Autowired HealthEndpoint health;
    @Autowired MeterRegistry meters;

    @Test
    void listsTheKeysOfTheFakeAccount() {
        fake.mintKey("reporting", "customers:read");
        assertThat(inventory.keyNames()).contains("reporting");

        IndicatedHealthDescriptor augno = (IndicatedHealthDescriptor) health.healthForPath("augno");
        assertThat(augno.getStatus()).isEqualTo(Status.UP);
        assertThat(augno.getDetails()).containsEntry("state", "fresh");
        assertThat(meters.find("augno.client.requests").timer()).isNotNull();
    }
}
