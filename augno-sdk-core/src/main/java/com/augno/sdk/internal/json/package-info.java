/**
 * Not API: the SDK's one shared, tuned Jackson {@link com.fasterxml.jackson.databind.ObjectMapper}
 * ({@link com.augno.sdk.internal.json.Json}), the open-enum base {@link
 * com.augno.sdk.model.OpenEnum} and the unknown-field base {@link
 * com.augno.sdk.model.ApiObject} that the typed models reuse.
 */
@NullMarked
package com.augno.sdk.internal.json;

import org.jspecify.annotations.NullMarked;
