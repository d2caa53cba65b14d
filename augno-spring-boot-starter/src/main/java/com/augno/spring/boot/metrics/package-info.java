/**
 * Micrometer wiring: {@link com.augno.spring.boot.metrics.AugnoMetricsAutoConfiguration} adds an
 * {@code AugnoMetrics} listener when a {@code MeterRegistry} or {@code ObservationRegistry} bean
 * exists.
 */
@NullMarked
package com.augno.spring.boot.metrics;

import org.jspecify.annotations.NullMarked;
