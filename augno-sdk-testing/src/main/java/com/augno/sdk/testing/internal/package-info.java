/**
 * Not API: the engine behind {@link com.augno.sdk.testing.FakeAugnoServer} (routing, state,
 * rendering). May change in any release without notice; do not use from test code.
 */
@NullMarked
package com.augno.sdk.testing.internal;

import org.jspecify.annotations.NullMarked;
