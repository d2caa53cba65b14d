package com.augno.keys.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code augno-keys scan}: finds key-shaped strings in a tree or in the files git tracks, and
 * prints where they are with the redacted form only.
 */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        description = {
            "Find secret API keys of both brands (mrp_sk_test_ / mrp_sk_prod_ and the older aug_sk_test_ /"
                    + " aug_sk_prod_, followed by 12 or more URL-safe characters) in files. Prints file, line,"
                    + " column and the redacted form, never the key.",
            "Redacted forms (mrp_sk_prod_****abcd) are not findings. Binary files and files over 32 MiB are"
                    + " skipped and counted.",
            "Exit code 1 when something is found, 0 when clean, 3 when the scan cannot run."
        })
final class ScanCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "The directory or file to scan. Default: the current directory.")
    private Path path = Path.of(".");

    @Option(
            names = "--git",
            description = "Scan only the files git tracks in PATH (git ls-files): build output, logs and"
                    + " other untracked or ignored files are out of scope. Needs git.")
    private boolean gitTracked;

    @Option(
            names = "--history",
            description = "Scan the git history of PATH's repository: every blob reachable from any ref, once,"
                    + " with the commits that add and remove it. A key deleted in a later commit is still in"
                    + " every clone. Needs git.")
    private boolean history;

    @Option(
            names = "--exclude-dir",
            paramLabel = "NAME",
            description = "A directory name to skip in a tree scan (repeatable), e.g. target or node_modules."
                    + " .git is always skipped.")
    private List<String> excludedDirectories = new ArrayList<>();

    @Override
    public Integer call() {
        KeyScanner.Result result = history
                ? GitHistoryScanner.scan(path)
                : gitTracked ? KeyScanner.scanGitTracked(path) : KeyScanner.scanTree(path, excludedDirectories);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            printJson(out, result);
        } else {
            printHuman(out, result);
        }
        return result.findings().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static void printJson(PrintWriter out, KeyScanner.Result result) {
        ObjectNode root = Json.object();
        root.put("root", result.root());
        root.put("scope", result.scope());
        root.put("files_scanned", result.filesScanned());
        root.put("clean", result.findings().isEmpty());
        ArrayNode findings = root.putArray("findings");
        for (KeyScanner.Finding f : result.findings()) {
            ObjectNode o = findings.addObject()
                    .put("file", f.file())
                    .put("line", f.line())
                    .put("column", f.column())
                    .put("mode", f.mode())
                    .put("redacted", f.redacted());
            KeyScanner.History h = f.history();
            if (h != null) {
                o.put("blob", h.blob());
                h.addedIn().forEach(o.putArray("added_in")::add);
                h.removedIn().forEach(o.putArray("removed_in")::add);
            }
        }
        ArrayNode skipped = root.putArray("skipped");
        for (KeyScanner.Skipped s : result.skipped()) {
            skipped.addObject().put("file", s.file()).put("reason", s.reason());
        }
        Json.print(out, root);
    }

    private static void printHuman(PrintWriter out, KeyScanner.Result result) {
        String scanned = "scanned " + result.filesScanned() + " file" + (result.filesScanned() == 1 ? "" : "s")
                + ("git-tracked".equals(result.scope()) ? " tracked by git" : "")
                + ("git-history".equals(result.scope()) ? " (distinct blobs in git history)" : "") + " under "
                + result.root();
        if (!result.skipped().isEmpty()) {
            scanned += ", skipped " + result.skipped().size() + " (binary, too large or unreadable; --json lists them)";
        }
        if (result.findings().isEmpty()) {
            out.println("No key-shaped strings found (" + scanned + ").");
            out.flush();
            return;
        }
        boolean inHistory = "git-history".equals(result.scope());
        Table table = inHistory
                ? new Table("FILE", "LINE", "COLUMN", "MODE", "KEY (REDACTED)", "BLOB", "ADDED IN", "REMOVED IN")
                : new Table("FILE", "LINE", "COLUMN", "MODE", "KEY (REDACTED)");
        for (KeyScanner.Finding f : result.findings()) {
            KeyScanner.History h = f.history();
            if (inHistory && h != null) {
                table.row(
                        f.file(),
                        f.line(),
                        f.column(),
                        f.mode(),
                        f.redacted(),
                        h.blob(),
                        String.join(" ", h.addedIn()),
                        h.removedIn().isEmpty() ? "-" : String.join(" ", h.removedIn()));
            } else {
                table.row(f.file(), f.line(), f.column(), f.mode(), f.redacted());
            }
        }
        table.print(out);
        out.println();
        int n = result.findings().size();
        long files = result.filesWithFindings();
        out.println("Found " + n + " key-shaped string" + (n == 1 ? "" : "s") + " in " + files + " file"
                + (files == 1 ? "" : "s") + " (" + scanned + ").");
        out.println("Treat a key that reached a file as exposed: replace it at once"
                + " (augno-keys rotate --emergency --key-id ...), then remove it from the file, and from git"
                + " history if it was committed. See docs/rotation.md.");
        out.flush();
    }
}
