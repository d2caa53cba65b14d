/**
 * The runtime guard: {@link com.augno.sdk.runtime.RuntimeGuard} refuses to run on Android, iOS and
 * browser-like runtimes, where a secret key must never ship, with
 * {@link com.augno.sdk.runtime.UnsupportedRuntimeException}.
 */
@NullMarked
package com.augno.sdk.runtime;

import org.jspecify.annotations.NullMarked;
