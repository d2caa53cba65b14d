package com.augno.sdk.testsupport;

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
    void exceptionTextAndToStringAreScanned() {
        String key = TestKeys.production();
        RuntimeException leaky = new RuntimeException("wrapped", new IllegalStateException("bad " + key));
        assertThatThrownBy(() -> LeakCanary.assertNoLeak("fine", leaky))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key).contains(TestKeys.redacted(key)));
        LeakCanary.assertNoLeak("fine", new RuntimeException("no secret here"), TestKeys.redacted(key));
    }

    @Test
    void generatedKeysHaveTheLiveShape() {
        assertThat(TestKeys.sandbox()).startsWith("aug_sk_test_").hasSize(12 + 48);
        assertThat(TestKeys.production()).startsWith("aug_sk_prod_").matches("aug_sk_prod_[A-Za-z0-9]{48}");
        assertThat(TestKeys.sandbox()).isNotEqualTo(TestKeys.sandbox());
    }
}
