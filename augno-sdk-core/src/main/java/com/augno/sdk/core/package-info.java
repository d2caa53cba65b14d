/**
 * Augno's Core domain: request logs, audit events, sandboxes, and the shared objects (Account, Actor, Owner, Address, Quantity).
 *
 * <p>Models are immutable and keep fields this SDK version does not know; enums are open (they keep
 * values this SDK version does not know).
 */
@NullMarked
package com.augno.sdk.core;

import org.jspecify.annotations.NullMarked;
