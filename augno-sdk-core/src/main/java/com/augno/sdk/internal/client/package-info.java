/**
 * Not API: what {@code AugnoClient.Builder} collects and checks ({@link
 * com.augno.sdk.internal.client.ClientSettings}) and how a client is wired from it ({@link
 * com.augno.sdk.internal.client.ClientCore}). The top of the internal layers: only {@code
 * com.augno.sdk} uses it.
 */
@NullMarked
package com.augno.sdk.internal.client;

import org.jspecify.annotations.NullMarked;
