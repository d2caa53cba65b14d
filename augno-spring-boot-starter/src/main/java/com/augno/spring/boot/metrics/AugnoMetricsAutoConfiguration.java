package com.augno.spring.boot.metrics;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.micrometer.AugnoMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;

/**
 * Adds an {@link AugnoMetrics} listener (picked up by the auto-configured client) when a {@link
 * MeterRegistry} or an {@link ObservationRegistry} bean exists, and binds the key-cache gauges to
 * the {@link AugnoClient} bean once every singleton exists. A client the application builds itself
 * gets the gauges too; add the {@code AugnoMetrics} bean to it as a listener for the rest.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
        })
@ConditionalOnClass(
        name = {
            "com.augno.sdk.micrometer.AugnoMetrics",
            "io.micrometer.core.instrument.MeterRegistry",
            "io.micrometer.observation.ObservationRegistry"
        })
@Conditional(AugnoMetricsAutoConfiguration.RegistryPresent.class)
public class AugnoMetricsAutoConfiguration {
    /** Creates the auto-configuration (Spring does). */
    public AugnoMetricsAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    AugnoMetrics augnoMetrics(ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        AugnoMetrics.Builder b = AugnoMetrics.builder();
        meters.ifAvailable(b::meterRegistry);
        observations.ifAvailable(b::observationRegistry);
        return b.build();
    }

    @Bean
    static SmartInitializingSingleton augnoMetricsBinder(
            ObjectProvider<AugnoMetrics> metrics, ObjectProvider<AugnoClient> client) {
        return () -> metrics.ifAvailable(m -> client.ifUnique(m::bindTo));
    }

    /** A meter registry or an observation registry bean exists. */
    static final class RegistryPresent extends AnyNestedCondition {
        RegistryPresent() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(MeterRegistry.class)
        static final class Meters {}

        @ConditionalOnBean(ObservationRegistry.class)
        static final class Observations {}
    }
}
