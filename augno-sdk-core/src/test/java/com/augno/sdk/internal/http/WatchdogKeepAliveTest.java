package com.augno.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sentinel that keeps call timeouts from waking Okio's watchdog: it re-arms itself while calls
 * come, stands down when none came for a period, and never stops a call's own timeout from firing.
 * Its expiries are awaited through its hook (bounded), never slept for.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WatchdogKeepAliveTest {
    private final Semaphore expiries = new Semaphore(0);

    private void awaitExpiry() throws InterruptedException {
        assertThat(expiries.tryAcquire(10, TimeUnit.SECONDS))
                .as("the sentinel expires within 10 s")
                .isTrue();
    }

    @Test
    void isArmedByACallReArmsWhileCallsCameAndStandsDownAfterAnIdlePeriod() throws Exception {
        WatchdogKeepAlive sentinel = new WatchdogKeepAlive(10, expiries::release);
        assertThat(sentinel.isArmed()).isFalse();

        sentinel.beforeCall();
        assertThat(sentinel.isArmed()).isTrue();

        awaitExpiry(); // a call came during the first period: armed again
        assertThat(sentinel.isArmed()).isTrue();

        awaitExpiry(); // no call during the second: it leaves Okio's queue
        assertThat(sentinel.isArmed()).isFalse();
        assertThat(expiries.tryAcquire(50, TimeUnit.MILLISECONDS))
                .as("a stood-down sentinel does not expire again")
                .isFalse();

        sentinel.beforeCall(); // the next call arms it again
        assertThat(sentinel.isArmed()).isTrue();
        awaitExpiry();
        awaitExpiry();
        assertThat(sentinel.isArmed()).isFalse();
    }

    @Test
    void aCallBehindTheSentinelStillTimesOut() throws Exception {
        WatchdogKeepAlive sentinel = new WatchdogKeepAlive(20, expiries::release);
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        // A server that accepts and never answers; OkHttp's read timeout is off, so only the call
        // timeout can end the call.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            OkHttpClient http = new OkHttpClient.Builder()
                    .readTimeout(0, TimeUnit.MILLISECONDS)
                    .writeTimeout(0, TimeUnit.MILLISECONDS)
                    .build();
            Call call = http.newCall(new Request.Builder()
                    .url("http://127.0.0.1:" + silent.getLocalPort() + "/v1/core/ping")
                    .build());
            call.timeout().timeout(300, TimeUnit.MILLISECONDS); // later than the sentinel's expiry
            sentinel.beforeCall();
            assertThat(sentinel.isArmed()).isTrue();

            // Only the call's own timeout can end it (the test's 30 s limit would fail it).
            assertThatThrownBy(call::execute)
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessage("timeout");
            assertThat(expiries.availablePermits())
                    .as("the sentinel was in front of the call and expired first")
                    .isPositive();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new WatchdogKeepAlive(0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
