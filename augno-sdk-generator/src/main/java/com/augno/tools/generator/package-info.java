/** The generator of augno-sdk-core's typed API classes (unpublished; run at {@code generate-sources}). */
@NullMarked
package com.augno.tools.generator;

import org.jspecify.annotations.NullMarked;
