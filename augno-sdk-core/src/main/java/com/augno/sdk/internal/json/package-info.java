/**
 * Not API: the SDK's one shared, tuned Jackson {@link com.fasterxml.jackson.databind.ObjectMapper}
 * ({@link com.augno.sdk.internal.json.Json}) and the query-string forms of values ({@link
 * com.augno.sdk.internal.json.QueryValues}). The bottom of the layers: it uses nothing of the SDK
 * but {@code com.augno.sdk.model}, so that {@code com.augno.sdk.http} can use it.
 */
@NullMarked
package com.augno.sdk.internal.json;

import org.jspecify.annotations.NullMarked;
