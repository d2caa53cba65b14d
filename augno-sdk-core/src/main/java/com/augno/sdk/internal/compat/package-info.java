/** Not API. The dependency-clash guard that runs once at the first client build. */
@NullMarked
package com.augno.sdk.internal.compat;

import org.jspecify.annotations.NullMarked;
