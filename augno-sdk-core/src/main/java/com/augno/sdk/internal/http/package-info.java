/**
 * Not API: the transport. {@link com.augno.sdk.internal.http.ClientContext} is what typed services
 * call ({@code execute}, {@code executePage}); {@link com.augno.sdk.internal.http.Transport} sends
 * each attempt (headers, key, retries, the 401 key-refetch path, redirects off, logging); {@link
 * com.augno.sdk.internal.http.ErrorMapper} and {@link com.augno.sdk.internal.http.RetryPolicy}
 * implement DESIGN.md section 6; {@link com.augno.sdk.internal.http.Redactor} keeps key-shaped text
 * out of messages and logs, and {@link com.augno.sdk.internal.http.Checks} holds the required-field
 * checks that the models run while they are decoded.
 */
@NullMarked
package com.augno.sdk.internal.http;

import org.jspecify.annotations.NullMarked;
