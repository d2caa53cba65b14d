package com.augno.tools.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the top-level Go files of a git repository at one commit, without a work tree. */
final class GitFiles {

    private GitFiles() {}

    static Map<String, String> goFiles(Path gitDir, String commit) throws IOException, InterruptedException {
        Map<String, String> files = new TreeMap<>();
        for (String name : git(gitDir, "ls-tree", "--name-only", commit).split("\n")) {
            if (name.endsWith(".go") && !name.endsWith("_test.go")) {
                files.put(name, git(gitDir, "show", commit + ":" + name));
            }
        }
        return files;
    }

    private static String git(Path gitDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "--git-dir=" + gitDir));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + gitDir);
        }
        return out;
    }
}
