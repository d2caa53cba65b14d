/**
 * The public bases of the API's typed objects: {@link com.augno.sdk.model.ApiObject} (every model;
 * keeps the fields this SDK version does not know) and {@link com.augno.sdk.model.OpenEnum} (every
 * enum; keeps values this SDK version does not know). Public because public models extend them: no
 * public type extends a type of an {@code internal} package.
 */
@NullMarked
package com.augno.sdk.model;

import org.jspecify.annotations.NullMarked;
