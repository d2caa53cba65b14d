package com.augno.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * A DNS failure on one of the API's two hosts names the other (issue 16). Tested on the hint
 * itself: no test may resolve or reach a public host.
 */
class OtherHostHintTest {
    @Test
    void aDnsFailureOnEitherHostNamesTheOther() {
        assertThat(BaseUrls.otherHostHint(new UnknownHostException("api.openmrp.ai"), "api.openmrp.ai"))
                .contains("AUGNO_BASE_URL=https://api.augno.com");
        assertThat(BaseUrls.otherHostHint(
                        new IOException("connect failed", new UnknownHostException("api.augno.com")), "api.augno.com"))
                .contains("AUGNO_BASE_URL=https://api.openmrp.ai")
                .contains("did not resolve");
    }

    @Test
    void otherFailuresAndOtherHostsGetNoHint() {
        assertThat(BaseUrls.otherHostHint(new IOException("reset"), "api.augno.com"))
                .isEmpty();
        assertThat(BaseUrls.otherHostHint(new UnknownHostException("x"), "erp.example.com"))
                .isEmpty();
    }
}
