package com.augno.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.spring.boot.test.AutoConfigureFakeAugnoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link AutoConfigureFakeAugnoServer} points the application's own client at the fake, whatever augno.secret says. */
@SpringBootTest(
        classes = FakeAugnoServerAnnotationTest.App.class,
        properties = "augno.secret=aws-sm://prod/augno?region=eu-west-1#api_key")
@AutoConfigureFakeAugnoServer
class FakeAugnoServerAnnotationTest {
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @Autowired
    AugnoClient client;

    @Autowired
    FakeAugnoServer fake;

    @Test
    void theApplicationsClientTalksToTheFake() {
        assertThat(client.baseUrl()).isEqualTo(fake.baseUrl() + "/");
        client.auth().apiKeys().list();
        assertThat(fake.totalRequestCount()).isPositive();
    }
}
