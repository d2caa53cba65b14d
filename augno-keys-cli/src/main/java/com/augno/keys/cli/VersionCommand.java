package com.augno.keys.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code augno-keys version}: prints the version, as {@code --version} does. */
@Command(name = "version", description = "Print the version of augno-keys and of Java.")
final class VersionCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new VersionProvider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
