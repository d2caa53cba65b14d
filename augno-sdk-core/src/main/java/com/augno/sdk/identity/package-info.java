/**
 * Roles, the permission catalog, the Permission value type, and account users (who can manage keys).
 *
 * <p>Models are immutable and keep fields this SDK version does not know; enums are open (they keep
 * values this SDK version does not know).
 */
@NullMarked
package com.augno.sdk.identity;

import org.jspecify.annotations.NullMarked;
