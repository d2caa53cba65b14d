package com.augno.sdk.api.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link JobWaiter} against WireMock: succeeded, failed, cancelled, the deadline, transient errors
 * while polling, and a non-transient error. The clock moves only when the fake sleeper "sleeps", so
 * nothing waits and every wait is recorded (the backoff and "never busy-waits" are asserted on it).
 */
class JobWaiterTest {
    private static final String PATH = "/v1/core/jobs/jb_1";

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-20T00:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private AugnoClient client;
    private JobWaiter waiter;

    @BeforeEach
    void setUp() {
        client = ResourceTestKit.client(server, ResourceTestKit.newKey());
        waiter = JobWaiter.builder(client.core().jobs())
                .clock(clock)
                .sleeper(d -> {
                    waits.add(d);
                    clock.advance(d);
                })
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static ObjectNode job(String status) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode j = f.objectNode();
        j.put("id", "jb_1");
        j.put("object", "job");
        j.put("type", "bulk_upsert");
        j.put("status", status);
        j.put("resource_type", "unit");
        ObjectNode results = j.putObject("results");
        results.put("object", "list");
        results.putArray("data");
        ObjectNode page = results.putObject("page_info");
        page.put("has_next_page", false);
        page.put("has_prev_page", false);
        page.putNull("next_page_url");
        page.putNull("previous_page_url");
        j.putNull("export");
        j.putNull("error");
        j.putNull("created_by");
        j.put("created_at", "2026-05-20T00:00:00Z");
        j.put("updated_at", "2026-05-20T00:00:00Z");
        j.putNull("started_at");
        j.putNull("completed_at");
        j.putNull("failed_at");
        j.putNull("cancelled_at");
        return j;
    }

    private static Job decoded(String status) throws Exception {
        return Json.mapper().treeToValue(job(status), Job.class);
    }

    private void answers(String... statuses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String nextState = "read" + (i + 1);
            var stub = get(urlPathEqualTo(PATH)).inScenario("job").whenScenarioStateIs(state);
            String s = statuses[i];
            if (s.startsWith("http")) {
                server.stubFor(stub.willReturn(aResponse()
                                .withStatus(Integer.parseInt(s.substring(4)))
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"code\":\"internal_error\",\"type\":\"api_error\","
                                        + "\"message\":\"m\",\"is_transient\":true}}"))
                        .willSetStateTo(nextState));
            } else {
                server.stubFor(stub.willReturn(okJson(job(s).toString())).willSetStateTo(nextState));
            }
            state = nextState;
        }
    }

    @Test
    void aJobThatCompletesIsReturnedAfterWaitsThatBackOff() throws Exception {
        answers("started", "started", "started", "completed");

        Job done = waiter.await(decoded("created"), Duration.ofMinutes(1));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        server.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(waits)
                .containsExactly(
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void theJobServiceWaitsWithTheClientsClockAndSleeper() throws Exception {
        answers("started", "completed");

        Job done = client.core().jobs().await(decoded("created"), Duration.ofMinutes(1));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aJobAlreadyFinishedIsReturnedWithoutARead() throws Exception {
        Job done = waiter.await(decoded("completed"), Duration.ofMinutes(1));

        assertThat(done.id()).isEqualTo("jb_1");
        server.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void anIdIsReadFirst() {
        answers("completed");

        assertThat(waiter.await("jb_1", Duration.ofMinutes(1)).status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(waits).isEmpty();
    }

    @Test
    void aFailedJobThrowsTheTypedErrorWithTheJobAndTheApiCodeButNoSecret() throws Exception {
        String canary = TestKeys.production();
        ObjectNode failed = job("failed");
        ObjectNode error = failed.putObject("error");
        error.put("code", "internal_error");
        error.put("type", "api_error");
        error.put("message", "row 3 quoted " + canary);
        error.put("is_transient", false);
        error.putNull("param");
        error.putNull("doc_url");
        error.putNull("quota");
        error.putNull("request_log_url");
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(failed.toString())));

        JobFailedException e = catchThrowableOfType(
                JobFailedException.class, () -> waiter.await(decoded("started"), Duration.ofMinutes(1)));

        assertThat(e.status()).isEqualTo(JobStatus.FAILED);
        assertThat(e.job().id()).isEqualTo("jb_1");
        assertThat(e)
                .hasMessageContaining("jb_1")
                .hasMessageContaining("failed")
                .hasMessageContaining("internal_error");
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void aCancelledJobThrowsTheTypedError() throws Exception {
        answers("cancelled");

        JobFailedException e = catchThrowableOfType(
                JobFailedException.class, () -> waiter.await(decoded("started"), Duration.ofMinutes(1)));

        assertThat(e.status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void theDeadlineThrowsTheTypedErrorWithTheLastJobAndNeverWaitsPastIt() throws Exception {
        server.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(okJson(job("started").toString())));
        Instant start = clock.instant();

        JobTimeoutException e = catchThrowableOfType(
                JobTimeoutException.class, () -> waiter.await(decoded("created"), Duration.ofSeconds(20)));

        assertThat(e.jobId()).isEqualTo("jb_1");
        assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(e.lastRead()).get().extracting(Job::status).isEqualTo(JobStatus.STARTED);
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(20));
        // 0.5 + 1 + 2 + 4 + 8 = 15.5 s, then the 4.5 s left (not the 10 s step)
        assertThat(waits).last().isEqualTo(Duration.ofMillis(4500));
        assertThat(waits).allSatisfy(w -> assertThat(w).isPositive());
    }

    @Test
    void theWaitIsCappedByMaxDelay() throws Exception {
        server.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(okJson(job("started").toString())));

        Job started = decoded("created");
        assertThatThrownBy(() -> waiter.await(started, Duration.ofSeconds(60))).isInstanceOf(JobTimeoutException.class);

        assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(JobWaiter.DEFAULT_MAX_DELAY));
        assertThat(waits).contains(JobWaiter.DEFAULT_MAX_DELAY);
    }

    @Test
    void transientErrorsWhilePollingAreWaitedThrough() throws Exception {
        answers("http503", "started", "http503", "completed");

        Job done = waiter.await(decoded("created"), Duration.ofMinutes(1));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void aTransientErrorUntilTheDeadlineIsTheTimeoutsCause() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        JobTimeoutException e = catchThrowableOfType(
                JobTimeoutException.class, () -> waiter.await(decoded("created"), Duration.ofSeconds(5)));

        assertThat(e.getCause()).isInstanceOf(com.augno.sdk.errors.ApiServerException.class);
        assertThat(e.lastRead()).get().extracting(Job::status).isEqualTo(JobStatus.CREATED);
    }

    @Test
    void aNotFoundIsThrownAtOnce() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"resource_not_found\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"no such job\",\"is_transient\":false}}")));

        Job started = decoded("created");
        assertThatThrownBy(() -> waiter.await(started, Duration.ofMinutes(1))).isInstanceOf(NotFoundException.class);

        assertThat(waits).hasSize(1);
    }

    @Test
    void anUnknownStatusCountsAsRunning() throws Exception {
        answers("paused_by_operator", "completed");

        assertThat(waiter.await(decoded("created"), Duration.ofMinutes(1)).status())
                .isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> waiter.await("jb_1", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobWaiter.builder(client.core().jobs())
                        .initialDelay(Duration.ofSeconds(20))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock that moves only when told. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
