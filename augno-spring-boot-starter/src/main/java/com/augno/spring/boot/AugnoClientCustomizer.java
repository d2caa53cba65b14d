package com.augno.spring.boot;

import com.augno.sdk.AugnoClient;

/**
 * Customizes the auto-configured client's builder after the {@code augno.*} properties were
 * applied (so a customizer wins over a property). Declare one or more as beans; they run in
 * {@link org.springframework.core.annotation.Order} order.
 *
 * <pre>{@code
 * @Bean
 * AugnoClientCustomizer tracing(OpenTelemetry otel) {
 *     return builder -> builder.callFactory(http -> OkHttpTelemetry.builder(otel).build().createCallFactory(http));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AugnoClientCustomizer {
    /** Customizes {@code builder}; called once, before the client is built. */
    void customize(AugnoClient.Builder builder);
}
