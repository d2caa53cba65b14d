package com.augno.sdk.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.internal.secrets.SecretProviderRegistry;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a stored secret can fail to be a usable key, seen where the client sees it (the key
 * cache over a real provider): each a typed error naming the source and the problem, never the
 * value.
 */
class KeyErrorTableTest {
    @TempDir
    Path dir;

    private final String key = TestKeys.canary();
    private final Map<String, String> env = new HashMap<>();

    private Throwable failureOf(SecretProvider provider, @Nullable KeyMode mode) {
        try (KeyCache cache = KeyCache.builder(provider).keyMode(mode).build()) {
            Throwable t = catchThrowable(cache::currentKey);
            assertThat(t).as("an error").isNotNull();
            LeakCanary.assertNoLeak(t);
            return t;
        }
    }

    private Throwable envFailure(String value, String reference, @Nullable KeyMode mode) {
        env.put("AUGNO_TEST_SECRET", value);
        return failureOf(SecretProviderRegistry.fromUri(reference, env::get), mode);
    }

    @Test
    void modeMismatch() {
        Throwable t = envFailure(key, "env://AUGNO_TEST_SECRET", KeyMode.SANDBOX);
        assertThat(t)
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("env://AUGNO_TEST_SECRET")
                .hasMessageContaining("production key but the client is configured for sandbox");
    }

    @Test
    void emptySecret() {
        assertThat(envFailure("", "env://AUGNO_TEST_SECRET", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void whitespaceInsideOrAround() {
        assertThat(envFailure(" " + key, "env://AUGNO_TEST_SECRET", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("whitespace");
        assertThat(envFailure(key.substring(0, 20) + " " + key.substring(20), "env://AUGNO_TEST_SECRET", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("whitespace");
        assertThat(envFailure(key + "\n\n", "env://AUGNO_TEST_SECRET", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("whitespace");
    }

    @Test
    void wrongPrefix() {
        String userToken = "aug_ut_" + TestKeys.randomBody(40);
        LeakCanary.register(userToken);
        assertThat(envFailure(userToken, "env://AUGNO_TEST_SECRET", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("does not start with");
    }

    @Test
    void missingJsonField() {
        assertThat(envFailure("{\"apiKey\":\"" + key + "\"}", "env://AUGNO_TEST_SECRET#api_key", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("no field 'api_key'");
    }

    @Test
    void nonJsonWithField() {
        assertThat(envFailure(key, "env://AUGNO_TEST_SECRET#api_key", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void jsonWithoutField() {
        assertThat(envFailure("{\"api_key\":\"" + key + "\"}", "env://AUGNO_TEST_SECRET", null))
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("#field");
    }

    /** Issue 20: pretty-printed JSON has whitespace, but the advice must be the #field one. */
    @Test
    void prettyPrintedJsonWithoutField() {
        Throwable t = envFailure("{\n  \"api_key\": \"" + key + "\"\n}\n", "env://AUGNO_TEST_SECRET", null);
        assertThat(t)
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("JSON document")
                .hasMessageContaining("#api_key")
                .hasMessageNotContaining("whitespace");
        assertThat(envFailure("  { \"api_key\" : \"" + key + "\" }", "env://AUGNO_TEST_SECRET", null))
                .hasMessageContaining("JSON document");
    }

    @Test
    void groupWritableFile() throws IOException {
        Path file = keyFile("rw-rw----");
        assertThat(failureOf(SecretProviders.file(file), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("group or others");
    }

    @Test
    void fileInsideAGitWorkTree() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path file = keyFile("rw-------");
        assertThat(failureOf(SecretProviders.file(file), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("git work tree");
    }

    private Path keyFile(String mode) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        for (Path d = dir.getParent(); d != null; d = d.getParent()) {
            assumeFalse(Files.exists(d.resolve(".git")));
        }
        Path file = dir.resolve("augno");
        Files.writeString(file, key + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
