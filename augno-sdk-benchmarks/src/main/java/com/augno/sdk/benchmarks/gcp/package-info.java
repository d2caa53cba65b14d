/**
 * The Google Cloud Secret Manager cold-start measurement ({@link
 * com.augno.sdk.benchmarks.gcp.GcpColdStart}): the first fetch of a {@code gcp-sm://} reference in a
 * fresh JVM, client creation included, against a loopback emulator. Figures: {@code
 * docs/benchmarks.md}, section "GCP cold start".
 */
@NullMarked
package com.augno.sdk.benchmarks.gcp;

import org.jspecify.annotations.NullMarked;
