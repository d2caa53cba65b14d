package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretProviderTest {
    @TempDir
    Path dir;

    private final String key = TestKeys.canary();

    @BeforeEach
    void posixOnlyAndOutsideAnyRepository() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        for (Path d = dir; d != null; d = d.getParent()) {
            assumeFalse(Files.exists(d.resolve(".git")), "the temp directory is inside a git work tree");
        }
    }

    private Path write(Path file, String content, String mode) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void readsAnOwnerOnlyFileTrimmingOneTrailingNewline() throws IOException {
        Path file = write(dir.resolve("augno"), key + "\n", "rw-------");
        SecretProvider provider = SecretProviders.fromUri("file://" + file);
        assertThat(ApiKey.parse(provider.fetch(), provider.description()).reveal())
                .isEqualTo(key);
        assertThat(provider.description()).isEqualTo("file://" + file);
    }

    @Test
    void rereadsTheFileAtEveryFetch() throws IOException {
        Path file = write(dir.resolve("augno"), key, "r--------");
        SecretProvider provider = SecretProviders.file(file);
        assertThat(provider.fetch().reveal()).isEqualTo(key);
        String next = TestKeys.production();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        write(file, next, "r--------");
        assertThat(provider.fetch().reveal()).isEqualTo(next);
    }

    @Test
    void followsTheLinksOfAKubernetesSecretVolume() throws IOException {
        Path data = write(dir.resolve("..2026_01_01/augno"), key, "r--------");
        Files.createSymbolicLink(dir.resolve("..data"), dir.resolve("..2026_01_01"));
        Path link = Files.createSymbolicLink(dir.resolve("augno"), dir.resolve("..data/augno"));
        assertThat(data).exists();
        assertThat(SecretProviders.file(link).fetch().reveal()).isEqualTo(key);
    }

    @Test
    void readsOneFieldOfAJsonFile() throws IOException {
        Path file = write(dir.resolve("augno.json"), "{\"api_key\":\"" + key + "\",\"other\":1}\n", "rw-------");
        SecretProvider provider = SecretProviders.fromUri("file://" + file + "#api_key");
        assertThat(provider.fetch().reveal()).isEqualTo(key);
        assertThat(provider.description()).endsWith("#api_key");
    }

    /** Issue 20: the non-root Kubernetes mount with fsGroup (0440, the pod's group) is accepted. */
    @Test
    void groupReadableFileOfAGroupThisProcessIsInIsAcceptedWithADebugLine() throws IOException {
        Path file = write(dir.resolve("augno"), key, "r--r-----");
        Long gid = FilePermissions.fileGid(file);
        assumeTrue(gid != null, "the file system reports no numeric gid");
        LogCapture.reset();

        SecretProvider provider = FileSecretProvider.create(file, null, () -> Set.of(gid));

        assertThat(provider.fetch().reveal()).isEqualTo(key);
        assertThat(LogCapture.lines())
                .anyMatch(l -> l.startsWith("DEBUG") && l.contains("readable by its group") && l.contains("fsGroup"));
    }

    @Test
    void groupReadableFileOfAGroupThisProcessIsNotInIsRefusedNamingFsGroup() throws IOException {
        Path file = write(dir.resolve("augno"), key, "rw-r-----");
        assertThatThrownBy(() -> FileSecretProvider.create(file, null, () -> Set.of(999_999L))
                        .fetch())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not in that group")
                .hasMessageContaining("fsGroup")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void groupReadIsRefusedWhereThisProcessGroupsAreUnknown() throws IOException {
        Path file = write(dir.resolve("augno"), key, "rw-r-----");
        assertThatThrownBy(
                        () -> FileSecretProvider.create(file, null, () -> null).fetch())
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void groupWritableFileIsRefusedSayingHowToFixIt() throws IOException {
        Path file = write(dir.resolve("augno"), key, "rw-rw----");
        Long gid = FilePermissions.fileGid(file);
        assertThatThrownBy(() -> FileSecretProvider.create(file, null, () -> gid == null ? Set.of() : Set.of(gid))
                        .fetch())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("group or others")
                .hasMessageContaining("chmod 600")
                .hasMessageContaining("defaultMode")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void worldReadableFileIsRefusedEvenWhenTheGroupIsOurs() throws IOException {
        Path file = write(dir.resolve("augno"), key, "r--r--r--");
        Long gid = FilePermissions.fileGid(file);
        assertThatThrownBy(() -> FileSecretProvider.create(file, null, () -> gid == null ? Set.of() : Set.of(gid))
                        .fetch())
                .isInstanceOf(ConfigurationException.class);
    }

    /**
     * Issue 20: kubelet and Vault Agent replace a secret file by renaming; a read between the two
     * steps finds no file. After a successful read that is transient, so the key cache keeps the last
     * good key for its stale window; a file never seen is still "not found".
     */
    @Test
    void aFileMissingAfterAnEarlierReadIsATransientFailure() throws IOException {
        Path file = write(dir.resolve("augno"), key, "r--------");
        SecretProvider provider = SecretProviders.file(file);
        assertThat(provider.fetch().reveal()).isEqualTo(key);
        Files.delete(file);

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .satisfies(e ->
                        assertThat(((SecretProviderException) e).isTransient()).isTrue())
                .hasMessageContaining("rewrite");
        write(file, key, "r--------");
        assertThat(provider.fetch().reveal()).isEqualTo(key);
    }

    @Test
    void worldReadableFileIsRefused() throws IOException {
        Path file = write(dir.resolve("augno"), key, "rw-r--r--");
        assertThatThrownBy(() -> SecretProviders.file(file).fetch())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rw-r--r--");
    }

    @Test
    void fileInsideAGitWorkTreeIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path file = write(dir.resolve("repo/config/augno"), key, "rw-------");
        assertThatThrownBy(() -> SecretProviders.file(file).fetch())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("git work tree")
                .hasMessageContaining(dir.resolve("repo").toString())
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void fileInsideAGitWorktreeCheckoutIsRefused() throws IOException {
        write(dir.resolve("wt/.git"), "gitdir: /elsewhere", "rw-r--r--"); // a worktree's .git is a file
        Path file = write(dir.resolve("wt/augno"), key, "rw-------");
        assertThatThrownBy(() -> SecretProviders.file(file).fetch()).hasMessageContaining("git work tree");
    }

    @Test
    void missingFileIsSecretNotFound() {
        assertThatThrownBy(() -> SecretProviders.file(dir.resolve("absent")).fetch())
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void directoryIsRefused() {
        assertThatThrownBy(() -> SecretProviders.file(dir).fetch())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void largeFileIsRefused() throws IOException {
        Path file = write(dir.resolve("big"), "x".repeat(FileSecretProvider.MAX_BYTES + 1), "rw-------");
        assertThatThrownBy(() -> SecretProviders.file(file).fetch())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bytes");
    }

    @Test
    void nonUtf8FileIsNotAKey() throws IOException {
        Path file = dir.resolve("bin");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> SecretProviders.file(file).fetch())
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void relativeOrDotDotReferencesAreRefused() {
        assertThatThrownBy(() -> SecretProviders.fromUri("file://run/secrets/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("absolute path");
        assertThatThrownBy(() -> SecretProviders.fromUri("file:///run/../etc/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("..");
        assertThatThrownBy(() -> SecretProviders.fromUri("file:///run/secrets/augno?mode=x"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter");
    }
}
