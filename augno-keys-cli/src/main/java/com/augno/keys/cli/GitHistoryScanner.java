package com.augno.keys.cli;

import com.augno.keys.cli.KeyScanner.Finding;
import com.augno.keys.cli.KeyScanner.History;
import com.augno.keys.cli.KeyScanner.Result;
import com.augno.keys.cli.KeyScanner.ScanException;
import com.augno.keys.cli.KeyScanner.Skipped;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Scans the history of a git repository: every blob reachable from any ref ({@code git rev-list
 * --all --objects}) is read once, however many commits hold it, and each finding names the blob,
 * a path it had, and the commits that add and remove that content. A key committed and deleted
 * later is still in every clone, and attackers search history: this finds it.
 */
final class GitHistoryScanner {
    private static final long GIT_TIMEOUT_SECONDS = 300;

    private GitHistoryScanner() {}

    /**
     * Scans every reachable blob of the repository {@code directory} belongs to.
     *
     * @throws ScanException when git is missing, {@code directory} is not in a git work tree, or
     *     git fails
     */
    static Result scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ScanException("Nothing to scan: " + directory + " is not a directory.");
        }
        // Every reachable object once, with the first path git saw it under (commits and the root
        // tree have no path).
        Map<String, String> pathByObject = new LinkedHashMap<>();
        for (String line : lines(run(directory, null, "rev-list", "--all", "--objects"))) {
            int space = line.indexOf(' ');
            if (space > 0) {
                pathByObject.putIfAbsent(line.substring(0, space), line.substring(space + 1));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int scanned = 0;
        if (!pathByObject.isEmpty()) {
            byte[] request = (String.join("\n", pathByObject.keySet()) + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] batch = run(directory, request, "cat-file", "--batch");
            int at = 0;
            while (at < batch.length) {
                int eol = indexOf(batch, (byte) '\n', at);
                String[] header = new String(batch, at, eol - at, StandardCharsets.UTF_8).split(" ");
                at = eol + 1;
                if (header.length < 3) {
                    continue; // "<id> missing": nothing follows
                }
                int size = Integer.parseInt(header[2]);
                String id = header[0];
                if ("blob".equals(header[1])) {
                    String path = pathByObject.getOrDefault(id, "");
                    String shown = path + " @ " + id.substring(0, 12);
                    byte[] content = Arrays.copyOfRange(batch, at, at + size);
                    if (size > KeyScanner.MAX_FILE_BYTES) {
                        skipped.add(new Skipped(
                                shown, "larger than " + KeyScanner.MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                    } else if (KeyScanner.isBinary(content)) {
                        skipped.add(new Skipped(shown, "binary"));
                    } else {
                        scanned++;
                        List<Finding> here = new ArrayList<>();
                        KeyScanner.scanText(path, new String(content, StandardCharsets.ISO_8859_1), here);
                        if (!here.isEmpty()) {
                            History h = history(directory, id);
                            for (Finding f : here) {
                                findings.add(f.inHistory(h));
                            }
                        }
                    }
                }
                at += size + 1; // the content and its trailing newline
            }
        }
        return new Result(directory.toString(), "git-history", scanned, findings, skipped);
    }

    /** Returns the commits that add and remove a blob ({@code git log --all --find-object}). */
    private static History history(Path directory, String blob) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        @Nullable String commit = null;
        for (String line : lines(run(
                directory,
                null,
                "log",
                "--all",
                "--format=%H",
                "--raw",
                "--no-abbrev",
                "--no-renames",
                "--find-object=" + blob))) {
            if (line.matches("[0-9a-f]{40,64}")) {
                commit = line;
            } else if (line.startsWith(":") && commit != null) {
                // :<old mode> <new mode> <old blob> <new blob> <status>\t<path>
                String[] parts = line.split("\\s+");
                if (parts.length >= 4) {
                    String c = commit.substring(0, 12);
                    if (parts[3].equals(blob) && !added.contains(c)) {
                        added.add(c);
                    }
                    if (parts[2].equals(blob) && !removed.contains(c)) {
                        removed.add(c);
                    }
                }
            }
        }
        return new History(blob.substring(0, 12), added, removed);
    }

    private static List<String> lines(byte[] out) {
        List<String> lines = new ArrayList<>();
        for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return a.length;
    }

    /** Runs git in {@code directory}, feeding {@code input} (from another thread) and reading all output. */
    private static byte[] run(Path directory, byte @Nullable [] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new ScanException("Could not run git (needed by --history): " + e.getMessage() + ". Install git.", e);
        }
        @Nullable Thread feeder = null;
        if (input != null) {
            feeder = new Thread(
                    () -> {
                        try (OutputStream in = process.getOutputStream()) {
                            in.write(input);
                        } catch (IOException e) {
                            // git stopped reading; its exit code tells what happened.
                        }
                    },
                    "augno-keys-git-feeder");
            feeder.setDaemon(true);
            feeder.start();
        } else {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // nothing to feed anyway
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(process.getInputStream())) {
            in.transferTo(out);
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ScanException("git " + args[0] + " did not finish within " + GIT_TIMEOUT_SECONDS + " s.");
            }
            if (feeder != null) {
                feeder.join(TimeUnit.SECONDS.toMillis(GIT_TIMEOUT_SECONDS));
            }
        } catch (IOException e) {
            throw new ScanException("Could not read the output of git " + args[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("Interrupted while waiting for git " + args[0] + ".", e);
        }
        if (process.exitValue() != 0) {
            throw new ScanException("git " + args[0] + " failed (exit " + process.exitValue() + "): is " + directory
                    + " inside a git repository? Scan it without --history otherwise.");
        }
        return out.toByteArray();
    }
}
