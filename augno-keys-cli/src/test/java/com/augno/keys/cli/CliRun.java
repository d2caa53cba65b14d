package com.augno.keys.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output and a given environment. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    static CliRun run(Map<String, String> environment, String... args) {
        return run(new CliContext(name -> null, environment, Clock.systemUTC()), args);
    }

    static CliRun run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AugnoKeys.commandLine(context);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Everything the run printed. */
    String all() {
        return out + err;
    }
}
