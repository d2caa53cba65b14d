package com.augno.sdk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.StoreFault;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * KeyRotator across key brands (issue 16): an old {@code aug_sk_} key rotates into the new brand,
 * and a rotation answered with a secret of a brand that does not exist yet stores it first and
 * never drops it. Before, that answer ended in ApiKeySecretNotReturnedException and a lost secret.
 */
class KeyRotatorBrandsTest {
    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private AugnoClient admin;
    private ApiKey runtimeKey;
    private String keyId;
    private InMemorySecretStore store;

    @BeforeEach
    void setUp() {
        admin = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .sleeper(d -> {})
                .build();
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    private void mintRuntimeKey() {
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        store = server.storeFor(runtimeKey);
    }

    private KeyRotator rotator() {
        return KeyRotator.builder(admin, store).sleeper(d -> {}).build();
    }

    @Test
    void theFakeMintsTheNewBrandByDefault() {
        mintRuntimeKey();
        assertThat(server.adminKey().redacted()).startsWith(KeyMode.SANDBOX.prefix());
        assertThat(runtimeKey.reveal()).startsWith(TestKeys.BRAND);
    }

    @Test
    void aLegacyKeyRotatesIntoTheNewBrand() {
        server.keyBrand(TestKeys.LEGACY_BRAND);
        mintRuntimeKey();
        assertThat(runtimeKey.redacted()).startsWith(TestKeys.LEGACY_BRAND);
        server.keyBrand(TestKeys.BRAND);

        RotationReport report = rotator().rotate(keyId, Duration.ofHours(24));

        assertThat(report.oldKeyRedacted()).startsWith(TestKeys.LEGACY_BRAND);
        assertThat(report.newKeyRedacted()).startsWith(TestKeys.BRAND);
        assertThat(report.verified()).isTrue();
        LeakCanary.assertNoLeak(report);
    }

    @Test
    void aSecretOfAnUnknownBrandIsStoredFirstAndReportedUnverified() {
        mintRuntimeKey();
        server.keyBrand(TestKeys.UNKNOWN_BRAND);

        RotationReport report = rotator().rotate(keyId, Duration.ofHours(24));

        SecretValue stored = store.current().orElseThrow();
        assertThat(stored.reveal()).startsWith(TestKeys.UNKNOWN_BRAND);
        assertThat(KeyShapes.redact(stored.reveal())).isEqualTo(report.newKeyRedacted());
        assertThat(report.storeVersion()).isEqualTo("v2");
        assertThat(report.verification()).isEqualTo(Verification.FAILED);
        assertThat(report.verificationDetail()).contains("not one this SDK version knows");
        LeakCanary.register(stored.reveal());
        LeakCanary.assertNoLeak(report);
        LeakCanary.assertLogsClean();
    }

    @Test
    void anUnknownBrandSecretThatCannotBeStoredIsHeldByTheException() {
        mintRuntimeKey();
        server.keyBrand(TestKeys.UNKNOWN_BRAND);
        store.failPuts(StoreFault.accessDenied());

        RotationIncompleteException e = catchThrowableOfType(
                RotationIncompleteException.class, () -> rotator().rotate(keyId));

        assertThat(e).isNotNull();
        SecretValue held = e.unstoredSecretValue().orElseThrow();
        assertThat(held.reveal()).startsWith(TestKeys.UNKNOWN_BRAND);
        assertThat(e.unstoredSecret()).isEmpty();
        LeakCanary.register(held.reveal());
        LeakCanary.assertNoLeak(e, e.state(), held);
    }
}
