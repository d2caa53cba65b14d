/**
 * Not API: the SDK's internals, shared between its modules. May change in any release without
 * notice; do not use from application code.
 */
@NullMarked
package com.augno.sdk.internal;

import org.jspecify.annotations.NullMarked;
