package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AugnoKeysTest {
    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("augno-keys", "scan", "version", "Exit codes:")
                .contains("rotation incomplete");
    }

    @Test
    void noSubcommandPrintsUsage() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: augno-keys");
    }

    @Test
    void versionOptionAndCommandPrintTheBuiltVersion() {
        CliRun option = CliRun.run("--version");
        CliRun command = CliRun.run("version");

        assertThat(option.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(option.out()).startsWith("augno-keys ").doesNotContain("${").doesNotContain("unknown");
        assertThat(command.out()).isEqualTo(option.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("scan", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option");
    }
}
