/**
 * Support for the SDK's own tests, never published: {@link com.augno.build.testhelpers.NetworkGuard}
 * (tests reach loopback only), {@link com.augno.build.testhelpers.TestKeys} (fake keys generated at
 * run time), {@link com.augno.build.testhelpers.LogCapture} (every log line of the client side, at
 * TRACE) and {@link com.augno.build.testhelpers.LeakCanary} (fails a test whose captured output holds
 * a generated key).
 *
 * <p>Adding this module as a test dependency is enough: a JUnit launcher-session listener installs
 * the guard and the log capture, and an auto-detected extension runs the canary after every test.
 */
@NullMarked
package com.augno.build.testhelpers;

import org.jspecify.annotations.NullMarked;
