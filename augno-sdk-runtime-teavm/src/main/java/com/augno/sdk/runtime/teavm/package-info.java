/**
 * Not API, not published: the entry point that TeaVM compiles to JavaScript, to prove that
 * {@link com.augno.sdk.runtime.RuntimeGuard#enforce()} refuses in a browser-like runtime.
 */
@NullMarked
package com.augno.sdk.runtime.teavm;

import org.jspecify.annotations.NullMarked;
