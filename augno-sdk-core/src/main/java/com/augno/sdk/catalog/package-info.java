/**
 * Catalog: units of measure.
 *
 * <p>Models are immutable and keep fields this SDK version does not know; enums are open (they keep
 * values this SDK version does not know).
 */
@NullMarked
package com.augno.sdk.catalog;

import org.jspecify.annotations.NullMarked;
