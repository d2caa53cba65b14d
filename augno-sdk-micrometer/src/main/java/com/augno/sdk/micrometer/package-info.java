/**
 * Micrometer for the Augno client, with or without Spring: {@link
 * com.augno.sdk.micrometer.AugnoMetrics} is an {@code AugnoListener} that records the observation
 * {@code augno.client.requests} and the key-cache meters ({@code augno.key.*}).
 */
@NullMarked
package com.augno.sdk.micrometer;

import org.jspecify.annotations.NullMarked;
