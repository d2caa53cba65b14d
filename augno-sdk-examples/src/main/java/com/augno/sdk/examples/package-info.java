/** The demo (the README's main command) and small standalone examples. Not published. */
@NullMarked
package com.augno.sdk.examples;

import org.jspecify.annotations.NullMarked;
