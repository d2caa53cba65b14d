/** Not API: helpers for the typed resource services and models. May change without notice. */
@NullMarked
package com.augno.sdk.internal.resources;

import org.jspecify.annotations.NullMarked;
