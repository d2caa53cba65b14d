/**
 * The {@code augno} health indicator ({@link com.augno.spring.boot.health.AugnoHealthIndicator}),
 * auto-configured when Spring Boot's health support is on the class path.
 */
@NullMarked
package com.augno.spring.boot.health;

import org.jspecify.annotations.NullMarked;
