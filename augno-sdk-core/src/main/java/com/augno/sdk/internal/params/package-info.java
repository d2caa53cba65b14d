/**
 * Not API: the value store shared by the typed services' params and input classes
 * ({@link com.augno.sdk.internal.params.ParamValues}). May change without notice.
 */
@NullMarked
package com.augno.sdk.internal.params;

import org.jspecify.annotations.NullMarked;
