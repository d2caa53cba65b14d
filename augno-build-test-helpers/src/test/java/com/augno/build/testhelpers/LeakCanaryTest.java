package com.augno.build.testhelpers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LeakCanaryTest {
    private static final Logger LOG = LoggerFactory.getLogger("com.augno.sdk.canary.control");

    @Test
    void controlKeyLoggedOnPurposeIsCaught() {
        String key = TestKeys.canary();
        LOG.trace("control: the key on purpose {}", key);

        assertThat(LogCapture.leaks()).hasSize(1);
        assertThat(LogCapture.leaks().get(0)).contains(TestKeys.redacted(key)).doesNotContain(key);
        assertThatThrownBy(LeakCanary::assertLogsClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leak canary")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key));
        LogCapture.reset(); // the leak was on purpose; the extension must not fail this test
    }

    @Test
    void julRecordsAreBridgedIntoTheCapture() {
        String key = TestKeys.sandbox();
        java.util.logging.Logger.getLogger("okhttp3.OkHttpClient").finest("header " + key);
        assertThat(LogCapture.leaks()).hasSize(1);
        LogCapture.reset();
    }

    @Test
    void serverSideLoggersAreCapturedAtInfoOnly() {
        Logger jetty = LoggerFactory.getLogger("org.eclipse.jetty.server.Request");
        assertThat(jetty.isDebugEnabled()).isFalse();
        assertThat(jetty.isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("com.augno.sdk.http").isTraceEnabled())
                .isTrue();
        assertThat(LoggerFactory.getLogger("software.amazon.awssdk.request").isTraceEnabled())
                .isTrue();
    }

    @Test
    void aRaisedThirdPartyLoggerIsQuietOnlyWhileTheScopeIsOpen() throws Exception {
        Logger aws = LoggerFactory.getLogger("software.amazon.awssdk.request");
        Logger ours = LoggerFactory.getLogger("com.augno.sdk.secrets.aws");
        try (AutoCloseable quiet = LogCapture.raise("software.amazon.awssdk", LogCapture.LogLevel.INFO)) {
            assertThat(aws.isDebugEnabled()).isFalse();
            assertThat(aws.isInfoEnabled()).isTrue();
            assertThat(ours.isTraceEnabled()).isTrue();
            aws.debug("raised: not captured");
        }
        assertThat(LogCapture.linesContaining("raised: not captured")).isEmpty();
        assertThat(aws.isTraceEnabled()).isTrue();
        assertThatThrownBy(() -> LogCapture.raise("com.augno.sdk", LogCapture.LogLevel.INFO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionTextAndToStringAreScanned() {
        String key = TestKeys.production();
        RuntimeException leaky = new RuntimeException("wrapped", new IllegalStateException("bad " + key));
        assertThatThrownBy(() -> LeakCanary.assertNoLeak("fine", leaky))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key).contains(TestKeys.redacted(key)));
        LeakCanary.assertNoLeak("fine", new RuntimeException("no secret here"), TestKeys.redacted(key));
    }

    @Test
    void generatedKeysHaveTheLiveShapeOfEitherBrand() {
        assertThat(TestKeys.sandbox()).startsWith("mrp_sk_test_").hasSize(12 + 48);
        assertThat(TestKeys.production()).startsWith("mrp_sk_prod_").matches("mrp_sk_prod_[A-Za-z0-9]{48}");
        assertThat(TestKeys.sandbox(TestKeys.LEGACY_BRAND))
                .startsWith("aug_sk_test_")
                .hasSize(12 + 48);
        assertThat(TestKeys.production(TestKeys.LEGACY_BRAND)).matches("aug_sk_prod_[A-Za-z0-9]{48}");
        assertThat(TestKeys.production(TestKeys.UNKNOWN_BRAND)).matches("xyz_sk_prod_[A-Za-z0-9]{48}");
        assertThat(TestKeys.sandbox()).isNotEqualTo(TestKeys.sandbox());
    }

    @Test
    void bothBrandsAreRedactedWithTheirPrefix() {
        String fresh = TestKeys.production();
        String legacy = TestKeys.sandbox(TestKeys.LEGACY_BRAND);
        assertThat(TestKeys.redacted(fresh)).isEqualTo("mrp_sk_prod_****" + fresh.substring(fresh.length() - 4));
        assertThat(TestKeys.redacted(legacy)).isEqualTo("aug_sk_test_****" + legacy.substring(legacy.length() - 4));
    }

    @Test
    void anUnregisteredKeyOfEitherBrandIsFoundToo() {
        for (String brand : TestKeys.brands()) {
            // Built here, never registered: the canary still finds it by its shape.
            String unregistered = brand + "prod_" + TestKeys.randomBody(40);
            assertThat(LeakCanary.scan("line " + unregistered + " end")).hasSize(1);
            assertThatThrownBy(() -> LeakCanary.assertNoLeak("x " + unregistered))
                    .isInstanceOf(AssertionError.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(unregistered));
            assertThat(LeakCanary.redact(unregistered))
                    .doesNotContain(unregistered)
                    .startsWith(brand + "prod_****");
            assertThat(LeakCanary.scan(brand + "prod_****abcd")).isEmpty();
        }
    }
}
