package com.augno.spring.boot.test;

import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.spring.boot.AugnoAutoConfiguration;
import com.augno.spring.boot.AugnoClientCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Starts a {@link FakeAugnoServer} and points the auto-configured client at it; imported by
 * {@link AutoConfigureFakeAugnoServer}, never auto-configured on its own.
 */
@AutoConfiguration(before = AugnoAutoConfiguration.class)
public class FakeAugnoServerAutoConfiguration {
    /** Creates the configuration (Spring does). */
    public FakeAugnoServerAutoConfiguration() {}

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    FakeAugnoServer fakeAugnoServer() {
        return FakeAugnoServer.builder().build().start();
    }

    @Bean
    @ConditionalOnMissingBean
    InMemorySecretStore fakeAugnoSecretStore(FakeAugnoServer fake) {
        return fake.adminKeyStore();
    }

    @Bean
    AugnoClientCustomizer fakeAugnoBaseUrl(FakeAugnoServer fake) {
        return builder -> builder.baseUrl(fake.baseUrl());
    }
}
