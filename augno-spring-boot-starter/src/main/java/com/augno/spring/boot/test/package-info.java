/**
 * Testing support: {@link com.augno.spring.boot.test.AutoConfigureFakeAugnoServer} points the
 * application's auto-configured client at an in-process {@code FakeAugnoServer} (needs {@code
 * augno-sdk-testing} and {@code spring-boot-test-autoconfigure} on the test class path).
 */
@NullMarked
package com.augno.spring.boot.test;

import org.jspecify.annotations.NullMarked;
