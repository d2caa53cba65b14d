package com.augno.keys.cli;

import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.keys.KeyRotationException;
import com.augno.sdk.keys.RotationIncompleteException;
import com.augno.sdk.keys.RotationPrecheckException;
import com.augno.sdk.secrets.KeyShapes;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code augno-keys} command: key lifecycle tools for ops teams. Run it with {@code --help}
 * for the commands; {@code docs/cli.md} documents every option and exit code.
 */
@Command(
        name = "augno-keys",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Key lifecycle tools for the Augno API: rotate, revoke, list, rotation-status, audit, scan.",
            "The admin key is read from a secret reference (--admin-secret or AUGNO_ADMIN_SECRET), never"
                    + " from a command-line value."
        },
        subcommands = {
            RotateCommand.class,
            RevokeCommand.class,
            ListCommand.class,
            RotationStatusCommand.class,
            AuditCommand.class,
            ScanCommand.class,
            VersionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success, nothing found",
            "1:findings (scan: key-shaped strings; audit: findings at or above --fail-on)",
            "2:usage error (unknown option, missing value)",
            "3:configuration error (admin secret, reference, path, git)",
            "4:Augno API error (authentication, permission, server)",
            "5:rotation pre-check failed, nothing changed",
            "6:rotation incomplete: read the report before doing anything else",
            "70:internal error"
        })
public final class AugnoKeys implements Runnable {
    private final CliContext context;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before run()
    private CommandSpec spec;

    AugnoKeys(CliContext context) {
        this.context = context;
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine(CliContext.system()).execute(args));
    }

    /** Returns the configured command line, with the exit-code mapping of {@link ExitCodes}. */
    static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new AugnoKeys(context));
        cl.setExecutionExceptionHandler(AugnoKeys::handleException);
        cl.setParameterExceptionHandler(AugnoKeys::handleParameterException);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parsed -> {
            // Every argument, before any command runs: a key pasted anywhere on the command line
            // (an id, a URL, a stray word) is refused, never echoed into a message or a request.
            int at = keyShapedArgument(parsed.originalArgs());
            if (at >= 0) {
                PrintWriter err = parsed.commandSpec().commandLine().getErr();
                err.println(keyArgumentMessage(at));
                err.flush();
                return ExitCodes.CONFIGURATION;
            }
            return run.execute(parsed);
        });
        cl.setUsageHelpAutoWidth(false);
        return cl;
    }

    /** Returns what the commands read from the outside. */
    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        // Without a subcommand: show the usage, as --help does.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Returns the index of the first argument that looks like an API key, or -1. */
    static int keyShapedArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (KeyShapes.looksLikeKey(args.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String keyArgumentMessage(int index) {
        return "augno-keys: argument " + (index + 1) + " holds what looks like an API key (not shown). Keys never"
                + " go on the command line: pass where the key is stored (aws-sm://, gcp-sm://, env://, file://)."
                + " If a real key was typed, it is now in your shell history: rotate it (augno-keys rotate"
                + " --emergency).";
    }

    /**
     * Reports a command-line error (unknown option, stray argument, missing value). Picocli's own
     * message quotes the offending argument: a key-shaped argument is refused without it, and any
     * other message goes through the redactor.
     */
    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        int at = keyShapedArgument(Arrays.asList(args));
        if (at >= 0) {
            err.println(keyArgumentMessage(at));
            err.flush();
            return ExitCodes.CONFIGURATION;
        }
        err.println("augno-keys: " + KeyShapes.redactAll(String.valueOf(e.getMessage())));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int handleException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof KeyScanner.ScanException
                || e instanceof ConfigurationException
                || e instanceof SecretProviderException
                || e instanceof InvalidApiKeyException) {
            code = ExitCodes.CONFIGURATION;
        } else if (e instanceof RotationPrecheckException) {
            code = ExitCodes.PRECHECK_FAILED;
        } else if (e instanceof RotationIncompleteException) {
            code = ExitCodes.ROTATION_INCOMPLETE;
        } else if (e instanceof AugnoApiException
                || e instanceof ApiConnectionException
                || e instanceof KeyRotationException) {
            code = ExitCodes.API_ERROR;
        } else if (e instanceof IllegalArgumentException) {
            code = ExitCodes.USAGE;
        } else {
            // A bug: the message only (never a dump of objects that might hold a secret).
            err.println("augno-keys: internal error: " + e.getClass().getName() + ": "
                    + KeyShapes.redactAll(String.valueOf(e.getMessage())));
            err.flush();
            return ExitCodes.INTERNAL;
        }
        err.println("augno-keys: " + KeyShapes.redactAll(String.valueOf(e.getMessage())));
        err.flush();
        return code;
    }
}
