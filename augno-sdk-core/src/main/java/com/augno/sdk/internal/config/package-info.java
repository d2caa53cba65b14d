/** Not API: the SDK's settings, read from system properties and environment variables. */
@NullMarked
package com.augno.sdk.internal.config;

import org.jspecify.annotations.NullMarked;
