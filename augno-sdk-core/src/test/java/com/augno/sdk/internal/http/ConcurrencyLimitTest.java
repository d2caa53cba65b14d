package com.augno.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bound on calls in flight: a permit per call, returned when the call has ended. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConcurrencyLimitTest {
    private final ConcurrencyLimit limit = new ConcurrencyLimit(1);
    private final CountDownLatch firstInside = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private final AtomicInteger entered = new AtomicInteger();

    /**
     * Answers in memory, in place of the network; the first call waits inside until the test lets
     * it go.
     */
    private final OkHttpClient http = new OkHttpClient.Builder()
            .eventListenerFactory(limit)
            .addInterceptor(chain -> {
                if (chain.call().isCanceled()) {
                    // As OkHttp's own interceptors after this one do: a cancelled call goes no further.
                    throw new IOException("Canceled");
                }
                if (entered.incrementAndGet() == 1) {
                    firstInside.countDown();
                    try {
                        releaseFirst.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(200)
                        .message("OK")
                        .body(ResponseBody.create("{}", MediaType.get("application/json")))
                        .build();
            })
            .build();

    private String call() throws IOException {
        try (Response r = http.newCall(
                        new Request.Builder().url("http://127.0.0.1:9/").build())
                .execute()) {
            return r.body().string();
        }
    }

    @Test
    void aSecondCallWaitsUntilTheFirstHasEnded() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(this::call);
            assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(limit.inFlight()).isEqualTo(1);

            Future<String> second = threads.submit(this::call);
            while (!limit.hasWaiting()) {
                Thread.onSpinWait(); // until the second call queues for the permit (bounded by @Timeout)
            }
            assertThat(entered.get()).as("calls past the limit").isEqualTo(1);

            releaseFirst.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("{}");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("{}");
            assertThat(entered.get()).isEqualTo(2);
            assertThat(limit.inFlight()).as("permits returned").isZero();
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aCallThatCannotGetAPermitWithinItsTimeoutFailsWithoutRunning() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(1);
        try {
            Future<String> first = threads.submit(this::call);
            assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();

            OkHttpClient impatient =
                    http.newBuilder().callTimeout(50, TimeUnit.MILLISECONDS).build();
            assertThatThrownBy(() -> impatient
                            .newCall(new Request.Builder()
                                    .url("http://127.0.0.1:9/")
                                    .build())
                            .execute()
                            .close())
                    .isInstanceOf(IOException.class);
            assertThat(entered.get()).as("the refused call never ran").isEqualTo(1);
            assertThat(limit.inFlight())
                    .as("only the first call's permit is taken")
                    .isEqualTo(1);

            releaseFirst.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("{}");
            assertThat(limit.inFlight()).isZero();
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new ConcurrencyLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
