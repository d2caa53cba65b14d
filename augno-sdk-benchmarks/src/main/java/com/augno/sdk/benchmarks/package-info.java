/**
 * JMH benchmarks of the SDK, run on purpose (never inside {@code verify}); results are recorded in
 * {@code docs/benchmarks.md}. Not API.
 */
@NullMarked
package com.augno.sdk.benchmarks;

import org.jspecify.annotations.NullMarked;
