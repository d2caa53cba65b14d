/**
 * The Augno test kit: test your integration offline.
 *
 * <ul>
 *   <li>{@link com.augno.sdk.testing.FakeAugnoServer}: a stateful fake of the Augno API on a
 *       loopback WireMock server, usable as a JUnit 5 extension or with {@code start()} and
 *       {@code close()}. It mints its own keys at run time and hands them over through an
 *       {@link com.augno.sdk.testing.InMemorySecretStore} or an {@link com.augno.sdk.secrets.ApiKey},
 *       never as a printed string.
 *   <li>{@link com.augno.sdk.testing.Fault}: per-route fault injection (delay, errors, 429,
 *       connection reset, empty or truncated body).
 *   <li>{@link com.augno.sdk.testing.InMemorySecretStore} and {@link com.augno.sdk.testing.StoreFault}:
 *       a writable secret store with version history and fault injection.
 *   <li>{@link com.augno.sdk.testing.TestClock}: a clock the test moves by hand (key expiry,
 *       scheduled revocation).
 * </ul>
 *
 * <p>See {@code docs/testing.md} for a walkthrough.
 */
@NullMarked
package com.augno.sdk.testing;

import org.jspecify.annotations.NullMarked;
