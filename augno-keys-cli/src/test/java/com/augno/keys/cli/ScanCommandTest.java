package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
    @TempDir
    Path tree;

    @Test
    void plantedKeyIsReportedWithFileLineAndRedactedFormAndExitsOne() throws IOException {
        String key = TestKeys.production();
        write("config/app.properties", "name=demo\nurl=https://example.invalid\naugno.key=" + key + "\n");
        write("src/Main.java", "class Main {}\n");

        CliRun run = CliRun.run("scan", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out())
                .contains("FILE", "LINE", "KEY (REDACTED)")
                .containsPattern("config[/\\\\]app\\.properties\\s+3\\s+11\\s+production\\s+"
                        + java.util.regex.Pattern.quote(TestKeys.redacted(key)))
                .contains("Found 1 key-shaped string in 1 file");
        LeakCanary.assertNoLeak(run.out(), run.err());
    }

    @Test
    void cleanTreeExitsZero() throws IOException {
        write("README.md", "Configure AUGNO_SECRET=aws-sm://prod/augno#api_key, never the key itself.\n");
        write("src/App.java", "class App { String prefix = \"aug_sk_\"; }\n");

        CliRun run = CliRun.run("scan", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("No key-shaped strings found").contains("scanned 2 files");
    }

    @Test
    void redactedFormIsNotAFinding() throws IOException {
        String key = TestKeys.sandbox();
        write(
                "docs/keys.md",
                "The key " + TestKeys.redacted(key) + " was rotated.\n" + "Augno shows keys as "
                        + TestKeys.productionPrefix() + "****abcd in listings.\n");

        CliRun run = CliRun.run("scan", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aBodyOfTwelveCharactersIsAFindingAndElevenIsNot() throws IOException {
        String twelve = LeakCanary.register(TestKeys.sandboxPrefix() + TestKeys.randomBody(12));
        String eleven = TestKeys.sandboxPrefix() + TestKeys.randomBody(11);
        write("short.txt", eleven + "\n");
        write("long.txt", "x " + twelve + "\n");

        CliRun run = CliRun.run("scan", "--json", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode findings = json(run).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("file").asText()).isEqualTo("long.txt");
        assertThat(findings.get(0).get("column").asInt()).isEqualTo(3);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void jsonListsEveryFindingRedactedWithLineAndColumn() throws IOException {
        String a = TestKeys.production();
        String b = TestKeys.sandbox();
        write("one.env", "\n\nA=" + a + " B=" + b + "\n");

        CliRun run = CliRun.run("scan", "--json", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = json(run);
        assertThat(root.get("clean").asBoolean()).isFalse();
        assertThat(root.get("files_scanned").asInt()).isEqualTo(1);
        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(findings.get(0).get("column").asInt()).isEqualTo(3);
        assertThat(findings.get(0).get("mode").asText()).isEqualTo("production");
        assertThat(findings.get(0).get("redacted").asText()).isEqualTo(TestKeys.redacted(a));
        assertThat(findings.get(1).get("column").asInt()).isEqualTo(3 + a.length() + 3);
        assertThat(findings.get(1).get("mode").asText()).isEqualTo("sandbox");
        assertThat(findings.get(1).get("redacted").asText()).isEqualTo(TestKeys.redacted(b));
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void binaryFilesAreSkippedAndCounted() throws IOException {
        String key = TestKeys.production();
        byte[] text = key.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.write(tree.resolve("blob.bin"), bytes);

        CliRun run = CliRun.run("scan", "--json", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(json(run).get("skipped").get(0).get("reason").asText()).isEqualTo("binary");
    }

    @Test
    void excludedDirectoriesAndDotGitAreNotScanned() throws IOException {
        write("target/surefire-reports/out.txt", TestKeys.production() + "\n");
        write(".git/config", TestKeys.production() + "\n");
        write("src/ok.txt", "nothing here\n");

        CliRun run = CliRun.run("scan", "--exclude-dir", "target", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void gitModeScansOnlyTrackedFiles() throws Exception {
        String tracked = TestKeys.production();
        write("app.env", "KEY=" + tracked + "\n");
        write("clean.txt", "nothing\n");
        write("untracked.env", "KEY=" + TestKeys.production() + "\n");
        write("target/test.log", "KEY=" + TestKeys.production() + "\n");
        write(".gitignore", "target/\n");
        git("init", "-q");
        git("add", "app.env", "clean.txt", ".gitignore");

        CliRun run = CliRun.run("scan", "--git", "--json", tree.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = json(run);
        assertThat(root.get("scope").asText()).isEqualTo("git-tracked");
        assertThat(root.get("files_scanned").asInt()).isEqualTo(3);
        List<String> files = new ArrayList<>();
        root.get("findings").forEach(f -> files.add(f.get("file").asText()));
        assertThat(files).containsExactly("app.env");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void gitModeOutsideAWorkTreeIsAConfigurationError() {
        CliRun run = CliRun.run("scan", "--git", tree.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("git ls-files failed");
    }

    @Test
    void missingPathIsAConfigurationError() {
        CliRun run = CliRun.run("scan", tree.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void aSingleFileCanBeScanned() throws IOException {
        String key = TestKeys.sandbox();
        Path file = write("single.yaml", "key: " + key + "\n");

        CliRun run = CliRun.run("scan", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("single.yaml").contains(TestKeys.redacted(key));
        LeakCanary.assertNoLeak(run.all());
    }

    private Path write(String relative, String content) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void bothBrandsAreFoundInATreeAndInGitTrackedFilesRedacted() throws Exception {
        String fresh = TestKeys.production();
        String legacy = TestKeys.sandbox(TestKeys.LEGACY_BRAND);
        write("app.env", "NEW=" + fresh + "\nOLD=" + legacy + "\n");
        git("init", "-q");
        git("add", "app.env");

        for (String[] args : List.of(
                new String[] {"scan", "--json", tree.toString()},
                new String[] {"scan", "--git", "--json", tree.toString()})) {
            CliRun run = CliRun.run(args);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
            JsonNode findings = json(run).get("findings");
            assertThat(findings).hasSize(2);
            assertThat(findings.get(0).get("redacted").asText()).isEqualTo(TestKeys.redacted(fresh));
            assertThat(findings.get(0).get("mode").asText()).isEqualTo("production");
            assertThat(findings.get(1).get("redacted").asText()).isEqualTo(TestKeys.redacted(legacy));
            assertThat(findings.get(1).get("mode").asText()).isEqualTo("sandbox");
            LeakCanary.assertNoLeak(run.all());
        }
        CliRun human = CliRun.run("scan", tree.toString());
        assertThat(human.out()).contains(TestKeys.redacted(fresh), TestKeys.redacted(legacy));
        LeakCanary.assertNoLeak(human.all());
    }

    @Test
    void historyModeFindsAKeyDeletedInALaterCommitOnce() throws Exception {
        String fresh = TestKeys.production();
        String legacy = TestKeys.production(TestKeys.LEGACY_BRAND);
        git("init", "-q");
        write("deploy/app.env", "KEY=" + fresh + "\n");
        write("old.txt", "key " + legacy + "\n");
        git("add", ".");
        commit("add config");
        String added = git("rev-parse", "HEAD").substring(0, 12);
        write("README.md", "docs\n");
        git("add", "README.md");
        commit("unrelated: the key's blob is in this commit too");
        git("rm", "-q", "deploy/app.env", "old.txt");
        commit("remove the keys");
        String removed = git("rev-parse", "HEAD").substring(0, 12);

        assertThat(CliRun.run("scan", "--git", tree.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        CliRun run = CliRun.run("scan", "--history", "--json", tree.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = json(run);
        assertThat(root.get("scope").asText()).isEqualTo("git-history");
        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(2); // each blob once, although three commits reach the first
        List<String> redacted = new ArrayList<>();
        for (JsonNode f : findings) {
            redacted.add(f.get("redacted").asText());
            assertThat(f.get("added_in").get(0).asText()).isEqualTo(added);
            assertThat(f.get("removed_in").get(0).asText()).isEqualTo(removed);
            assertThat(f.get("blob").asText()).hasSize(12);
        }
        assertThat(redacted).containsExactlyInAnyOrder(TestKeys.redacted(fresh), TestKeys.redacted(legacy));
        LeakCanary.assertNoLeak(run.all());
        CliRun human = CliRun.run("scan", "--history", tree.toString());
        assertThat(human.out()).contains("ADDED IN", added, removed, "deploy/app.env");
        LeakCanary.assertNoLeak(human.all());
    }

    @Test
    void historyModeOutsideARepositoryIsAConfigurationError() {
        CliRun run = CliRun.run("scan", "--history", tree.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
    }

    private void commit(String message) throws Exception {
        git(
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.invalid",
                "-c",
                "commit.gpgsign=false",
                "commit",
                "-q",
                "-m",
                message);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", tree.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output.trim();
    }

    private static JsonNode json(CliRun run) throws IOException {
        return Json.MAPPER.readTree(run.out());
    }
}
