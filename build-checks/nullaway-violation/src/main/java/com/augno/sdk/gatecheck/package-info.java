/** A gate check; see build-checks/README.md. */
@NullMarked
package com.augno.sdk.gatecheck;

import org.jspecify.annotations.NullMarked;
