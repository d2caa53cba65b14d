package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.errors.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cloud stores' lazily created client: one creation under contention, and close at any time. */
@Timeout(30)
class LazyStoreClientTest {
    private static final String SOURCE = "aws-sm://prod/augno (stage AWSCURRENT, region eu-west-1)";
    private static final int THREADS = 16;

    /** A stand-in for an SDK client: knows whether it was closed, and how often. */
    private static final class FakeClient {
        final AtomicInteger closes = new AtomicInteger();
    }

    private final AtomicInteger creations = new AtomicInteger();
    private final List<FakeClient> closed = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private void close(FakeClient c) {
        c.closes.incrementAndGet();
        closed.add(c);
    }

    @RepeatedTest(20)
    void concurrentFirstUseCreatesExactlyOneClient() throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch factoryGate = new CountDownLatch(1);
        LazyStoreClient<FakeClient> holder = LazyStoreClient.creating(
                SOURCE,
                () -> {
                    creations.incrementAndGet();
                    // Hold the creation open until every thread has asked, so they all contend for it.
                    await(factoryGate);
                    return new FakeClient();
                },
                this::close);
        List<Future<FakeClient>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit(() -> {
                ready.countDown();
                return holder.get();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        factoryGate.countDown();

        FakeClient first = results.get(0).get(10, TimeUnit.SECONDS);
        for (Future<FakeClient> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(creations).hasValue(1);
        assertThat(holder.createdCount()).isEqualTo(1);
        assertThat(holder.get()).isSameAs(first);
        assertThat(closed).isEmpty();
    }

    @Test
    void closeBeforeFirstUseCreatesNothingAndUseAfterwardsIsAClearError() {
        LazyStoreClient<FakeClient> holder = LazyStoreClient.creating(
                SOURCE,
                () -> {
                    creations.incrementAndGet();
                    return new FakeClient();
                },
                this::close);

        holder.close();

        assertThat(holder.isClosed()).isTrue();
        assertThatThrownBy(holder::get)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("The secret provider " + SOURCE
                        + " is closed; create a new provider to read or write the secret.");
        assertThat(creations).hasValue(0);
        assertThat(closed).isEmpty();
    }

    @Test
    void closeAfterFirstUseClosesTheClientOnceAndUseAfterwardsFails() {
        LazyStoreClient<FakeClient> holder = LazyStoreClient.creating(SOURCE, FakeClient::new, this::close);
        FakeClient client = holder.get();

        holder.close();
        holder.close();

        assertThat(client.closes).hasValue(1);
        assertThat(closed).containsExactly(client);
        assertThatThrownBy(holder::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(holder.createdCount()).isEqualTo(1);
    }

    @Test
    void closeDuringCreationWaitsForItAndClosesWhatWasCreated() throws Exception {
        CountDownLatch creating = new CountDownLatch(1);
        CountDownLatch factoryGate = new CountDownLatch(1);
        LazyStoreClient<FakeClient> holder = LazyStoreClient.creating(
                SOURCE,
                () -> {
                    creating.countDown();
                    await(factoryGate);
                    return new FakeClient();
                },
                this::close);
        Future<FakeClient> user = pool.submit(holder::get);
        assertThat(creating.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> closer = pool.submit(holder::close);

        factoryGate.countDown();
        FakeClient created = user.get(10, TimeUnit.SECONDS);
        closer.get(10, TimeUnit.SECONDS);

        // The creation finished first and handed out its client; close then closed exactly that one.
        assertThat(created.closes).hasValue(1);
        assertThat(closed).containsExactly(created);
        assertThatThrownBy(holder::get).isInstanceOf(IllegalStateException.class);
    }

    @RepeatedTest(20)
    void concurrentUseAndCloseCloseTheOneClientExactlyOnce() throws Exception {
        LazyStoreClient<FakeClient> holder = LazyStoreClient.creating(SOURCE, FakeClient::new, this::close);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            boolean closes = i % 4 == 0;
            results.add(pool.submit(() -> {
                await(start);
                if (closes) {
                    holder.close();
                    return "closed";
                }
                try {
                    return holder.get();
                } catch (IllegalStateException e) {
                    return e;
                }
            }));
        }
        start.countDown();

        List<FakeClient> handedOut = new ArrayList<>();
        for (Future<Object> r : results) {
            Object o = r.get(10, TimeUnit.SECONDS);
            if (o instanceof FakeClient) {
                handedOut.add((FakeClient) o);
            }
        }
        assertThat(holder.createdCount()).isLessThanOrEqualTo(1);
        assertThat(handedOut).allSatisfy(c -> assertThat(c).isSameAs(handedOut.get(0)));
        // Whatever was created was closed, once; nothing handed out escaped the close.
        assertThat(closed).hasSize(holder.createdCount());
        closed.forEach(c -> assertThat(c.closes).hasValue(1));
        assertThatThrownBy(holder::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failedCreationKeepsNothingAndTheNextUseTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        LazyStoreClient<FakeClient> holder = LazyStoreClient.creating(
                SOURCE,
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new ConfigurationException("No AWS region for " + SOURCE);
                    }
                    return new FakeClient();
                },
                this::close);

        assertThatThrownBy(holder::get).isInstanceOf(ConfigurationException.class);
        assertThat(holder.createdCount()).isZero();
        FakeClient client = holder.get();

        assertThat(attempts).hasValue(2);
        assertThat(holder.get()).isSameAs(client);
    }

    @Test
    void suppliedClientIsHandedOutButNeverClosed() {
        FakeClient mine = new FakeClient();
        LazyStoreClient<FakeClient> holder = LazyStoreClient.supplied(SOURCE, mine);

        assertThat(holder.get()).isSameAs(mine);
        holder.close();

        assertThat(mine.closes).hasValue(0);
        assertThat(holder.createdCount()).isZero();
        assertThatThrownBy(holder::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SOURCE);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
