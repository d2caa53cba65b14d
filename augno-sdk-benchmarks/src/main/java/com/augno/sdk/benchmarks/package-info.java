/**
 * JMH benchmarks of the SDK (not published, never run inside {@code verify}): {@link
 * com.augno.sdk.benchmarks.TransportOverheadBenchmark} measures what one typed call costs on top of
 * bare OkHttp and Jackson against the same canned loopback response. How to run them and the latest
 * figures: {@code docs/benchmarks.md}.
 */
@NullMarked
package com.augno.sdk.benchmarks;

import org.jspecify.annotations.NullMarked;
