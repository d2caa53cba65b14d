package com.augno.spring.boot.health;

import com.augno.sdk.AugnoClient;
import com.augno.spring.boot.AugnoAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code augno} health indicator when Spring Boot's health support is present, an
 * {@link AugnoClient} bean exists and {@code management.health.augno.enabled} is not false.
 */
@AutoConfiguration(after = AugnoAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(AugnoClient.class)
@ConditionalOnEnabledHealthIndicator("augno")
public class AugnoHealthAutoConfiguration {
    /** Creates the auto-configuration (Spring does). */
    public AugnoHealthAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean(name = "augnoHealthIndicator")
    AugnoHealthIndicator augnoHealthIndicator(AugnoClient client) {
        return new AugnoHealthIndicator(client);
    }
}
