/** Not API. Delivery of observability events to the caller's listeners. */
@NullMarked
package com.augno.sdk.internal.observability;

import org.jspecify.annotations.NullMarked;
