package com.augno.keys.cli;

import picocli.CommandLine.Option;

/** The output switch every command shares. */
final class OutputOptions {
    @Option(
            names = "--json",
            description = "Print one JSON document for machines instead of tables. The exit code is the same.")
    boolean json;
}
