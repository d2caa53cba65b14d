package com.augno.keys.cli;

import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.KeyShapes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds key-shaped strings in files: a key prefix of either brand ({@code mrp_sk_test_},
 * {@code mrp_sk_prod_}, {@code aug_sk_test_}, {@code aug_sk_prod_}; see {@code KeyShapes}), or of a
 * future brand, followed by 12 or more URL-safe characters ({@code A-Z a-z 0-9 _ -}).
 *
 * <p>A redacted form ({@code mrp_sk_prod_****abcd}) is not a finding: the {@code *} right after the
 * prefix is not a key character. Findings hold only the redacted form, never the match itself.
 * Binary files (a NUL byte in the first 8 KiB) and files over {@link #MAX_FILE_BYTES} are skipped
 * and listed as skipped.
 */
final class KeyScanner {
    /** Files larger than this are skipped (and reported as skipped). */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private static final int MIN_BODY = 12;
    private static final Pattern KEY_SHAPED = KeyShapes.pattern(MIN_BODY);
    private static final int BINARY_SNIFF_BYTES = 8192;
    private static final long GIT_TIMEOUT_SECONDS = 60;

    private KeyScanner() {}

    /**
     * One key-shaped string: where it is and its redacted form; for a history scan also the blob
     * and the commits that add and remove it.
     */
    record Finding(
            String file,
            int line,
            int column,
            String mode,
            String redacted,
            @Nullable History history) {
        Finding(String file, int line, int column, String mode, String redacted) {
            this(file, line, column, mode, redacted, null);
        }

        /** Returns this finding with its place in git history. */
        Finding inHistory(History h) {
            return new Finding(file, line, column, mode, redacted, h);
        }
    }

    /**
     * Where a finding of a history scan lives: the blob (file content) holding it, the commits that
     * add that content (it is in every commit after them until one that removes it) and those that
     * remove it.
     */
    record History(String blob, List<String> addedIn, List<String> removedIn) {
        History {
            addedIn = List.copyOf(addedIn);
            removedIn = List.copyOf(removedIn);
        }
    }

    /** A file that was not scanned, and why. */
    record Skipped(String file, String reason) {}

    /** The result of a scan. */
    record Result(String root, String scope, int filesScanned, List<Finding> findings, List<Skipped> skipped) {
        Result {
            findings = List.copyOf(findings);
            skipped = List.copyOf(skipped);
        }

        /** Returns the number of distinct files with findings. */
        long filesWithFindings() {
            return findings.stream().map(Finding::file).distinct().count();
        }
    }

    /** Thrown when the scan cannot run at all (missing path, git failure). */
    static final class ScanException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScanException(String message) {
            super(message);
        }

        ScanException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Scans every regular file under {@code root} (or {@code root} itself when it is a file),
     * skipping {@code .git} directories and the given directory names. Symbolic links are not
     * followed.
     */
    static Result scanTree(Path root, List<String> excludedDirectoryNames) {
        Objects.requireNonNull(root, "root == null");
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScanException("Nothing to scan: " + root + " does not exist.");
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(root)
                            && name != null
                            && (name.toString().equals(".git") || excludedDirectoryNames.contains(name.toString()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Reported as skipped by scanFiles when it cannot read it either.
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ScanException("Could not walk " + root + ": " + e.getMessage(), e);
        }
        Collections.sort(files);
        Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
        return scanFiles(root.toString(), "tree", base == null ? root : base, files);
    }

    /**
     * Scans the files git tracks in {@code directory} ({@code git ls-files}), so build output and
     * other ignored or untracked files are out of scope. A tracked file deleted from the work tree
     * is passed over.
     *
     * @throws ScanException when git is missing or {@code directory} is not in a git work tree
     */
    static Result scanGitTracked(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ScanException("Nothing to scan: " + directory + " is not a directory.");
        }
        List<String> names = gitLsFiles(directory);
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                files.add(file);
            }
        }
        return scanFiles(directory.toString(), "git-tracked", directory, files);
    }

    private static List<String> gitLsFiles(Path directory) {
        ProcessBuilder pb = new ProcessBuilder("git", "-C", directory.toString(), "ls-files", "-z")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new ScanException(
                    "Could not run git (needed by --git): " + e.getMessage() + ". Install git, or scan the tree"
                            + " without --git.",
                    e);
        }
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ScanException("git ls-files did not finish within " + GIT_TIMEOUT_SECONDS + " s.");
            }
        } catch (IOException e) {
            throw new ScanException("Could not read the output of git ls-files: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("Interrupted while waiting for git ls-files.", e);
        }
        if (process.exitValue() != 0) {
            throw new ScanException("git ls-files failed (exit " + process.exitValue() + "): is " + directory
                    + " inside a git work tree? Scan it without --git otherwise.");
        }
        List<String> names = new ArrayList<>();
        for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        Collections.sort(names);
        return names;
    }

    private static Result scanFiles(String root, String scope, Path base, List<Path> files) {
        List<Finding> findings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int scanned = 0;
        for (Path file : files) {
            String shown = display(base, file);
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    skipped.add(new Skipped(shown, "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException | SecurityException e) {
                skipped.add(new Skipped(shown, "unreadable: " + e.getClass().getSimpleName()));
                continue;
            }
            if (isBinary(bytes)) {
                skipped.add(new Skipped(shown, "binary"));
                continue;
            }
            scanned++;
            scanText(shown, new String(bytes, StandardCharsets.ISO_8859_1), findings);
        }
        return new Result(root, scope, scanned, findings, skipped);
    }

    /**
     * Adds the key-shaped strings of {@code text} to {@code findings}. ISO-8859-1 maps each byte to
     * one char, so columns are byte columns whatever the file's encoding, and the ASCII pattern
     * matches in UTF-8 and Latin-1 files alike.
     */
    static void scanText(String file, String text, List<Finding> findings) {
        Matcher m = KEY_SHAPED.matcher(text);
        int line = 1;
        int lineStart = 0;
        int counted = 0;
        while (m.find()) {
            for (int i = counted; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            counted = m.start();
            String match = m.group();
            String mode = KeyMode.ofPrefix(match).map(KeyMode::configName).orElse("unknown brand");
            findings.add(new Finding(file, line, m.start() - lineStart + 1, mode, KeyShapes.redact(match)));
        }
    }

    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String display(Path base, Path file) {
        try {
            String rel = base.relativize(file).toString();
            return rel.isEmpty() ? file.toString() : rel;
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
