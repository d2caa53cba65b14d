/**
 * The {@code augno-keys} command-line tool for ops teams: rotate, revoke, list, rotation-status,
 * audit and scan. Its contract is the command line (documented in {@code docs/cli.md}), not these
 * Java types.
 */
@NullMarked
package com.augno.keys.cli;

import org.jspecify.annotations.NullMarked;
