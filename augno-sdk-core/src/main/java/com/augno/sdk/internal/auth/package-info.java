/**
 * Not API: how the transport obtains the current API key ({@link
 * com.augno.sdk.internal.auth.KeySource}) and the key cache that implements it.
 */
@NullMarked
package com.augno.sdk.internal.auth;

import org.jspecify.annotations.NullMarked;
