package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key on the command line (issue 20): refused before any command runs, never echoed, whatever
 * the argument (an option value, an id, a stray word), in either brand. Before, {@code revoke}
 * without {@code --yes} and picocli's "Unmatched argument" repeated it.
 */
class KeyShapedArgumentsTest {
    private static void refusedWithoutEcho(String key, String... args) {
        CliRun run = CliRun.run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("looks like an API key (not shown)").contains("rotate");
        LeakCanary.assertNoLeak(run.all());
        assertThat(run.all()).doesNotContain(key.substring(key.length() - 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void revokeWithoutYes(String brand) {
        String key = TestKeys.production(brand);
        refusedWithoutEcho(key, "revoke", "--key-id", key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void aStrayArgumentPicocliWouldQuote(String brand) {
        String key = TestKeys.sandbox(brand);
        refusedWithoutEcho(key, "list", key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void anUnknownOptionHoldingAKey(String brand) {
        String key = TestKeys.production(brand);
        refusedWithoutEcho(key, "list", "--token=" + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void keyIdOfRotateAndRotationStatus(String brand) {
        String key = TestKeys.production(brand);
        refusedWithoutEcho(key, "rotate", "--key-id", key, "--store", "env://AUGNO_API_KEY", "--dry-run");
        refusedWithoutEcho(key, "rotation-status", "--key-id", key);
    }

    @Test
    void baseUrlAndAccountOptions() {
        String key = TestKeys.production();
        refusedWithoutEcho(key, "list", "--base-url", "https://" + key + ".example.com");
        refusedWithoutEcho(key, "list", "--account", key);
    }

    @Test
    void accountFromTheEnvironment() {
        String key = TestKeys.production();
        CliRun run = CliRun.run(Map.of("AUGNO_ADMIN_SECRET", "env://AUGNO_ADMIN_KEY", "AUGNO_ACCOUNT", key), "list");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("AUGNO_ACCOUNT").contains("not shown");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aKeyIdWithoutTheApkePrefixIsAUsageErrorBeforeAnyRequest() {
        CliRun run = CliRun.run("revoke", "--key-id", "rl_01gf7a8200er3ar3pkfrb6kk29");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("apke_");
    }

    @Test
    void anOrdinaryStrayArgumentIsStillAUsageErrorThatNamesIt() {
        CliRun run = CliRun.run("list", "extra-word");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("extra-word");
    }
}
