package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WriteAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemorySecretStoreTest {
    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final InMemorySecretStore store = InMemorySecretStore.builder()
            .name("augno/runtime")
            .clock(clock)
            .sleeper(slept::add)
            .build();

    @Test
    void emptyStoreReportsNotFound() {
        assertThatThrownBy(store::fetch)
                .isInstanceOfSatisfying(
                        SecretNotFoundException.class,
                        e -> assertThat(e.source()).isEqualTo("memory://augno/runtime"));
        assertThat(store.current()).isEmpty();
    }

    @Test
    void aDisabledCurrentVersionFailsFetchesNonTransientlyUntilEnabledOrSuperseded() {
        String first = LeakCanary.register(TestKeys.sandbox());
        String second = TestKeys.sandbox();
        String v1 = store.put(SecretValue.of(first), PutOptions.none());

        store.disableVersion(v1);
        assertThat(store.isVersionEnabled(v1)).isFalse();
        SecretProviderException e = catchThrowableOfType(SecretProviderException.class, store::fetch);
        assertThat(e).isExactlyInstanceOf(SecretProviderException.class);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessageContaining("v1").hasMessageContaining("disabled");
        LeakCanary.assertNoLeak(e, store);

        store.enableVersion(v1);
        assertThat(store.fetch().reveal()).isEqualTo(first);

        store.disableVersion(v1);
        store.put(SecretValue.of(second), PutOptions.none()); // a new version is enabled and current
        assertThat(store.fetch().reveal()).isEqualTo(second);
        assertThatThrownBy(() -> store.disableVersion("v9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disabledVersionFaultThrowsTheNonTransientProviderException() {
        store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());
        store.failFetches(StoreFault.disabledVersion().times(1));

        assertThatThrownBy(store::fetch)
                .isExactlyInstanceOf(SecretProviderException.class)
                .satisfies(t ->
                        assertThat(((SecretProviderException) t).isTransient()).isFalse());
        assertThat(store.fetch().versionId()).contains("v1");
    }

    @Test
    void putsAddVersionsAndFetchReturnsTheLatestWithItsId() {
        String first = TestKeys.sandbox();
        String second = TestKeys.sandbox();

        String v1 = store.put(SecretValue.of(first), PutOptions.none());
        clock.advance(Duration.ofMinutes(1));
        String v2 = store.put(SecretValue.of(second), PutOptions.none());

        SecretValue fetched = store.fetch();
        assertThat(v1).isEqualTo("v1");
        assertThat(v2).isEqualTo("v2");
        assertThat(fetched.reveal()).isEqualTo(second);
        assertThat(fetched.versionId()).contains("v2");
        assertThat(fetched.fetchedAt()).isEqualTo(Instant.parse("2026-03-01T10:01:00Z"));
        assertThat(store.versions()).extracting(SecretValue::reveal).containsExactly(first, second);
        assertThat(store.versions().get(0).fetchedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(store.fetchCount()).isEqualTo(1);
        assertThat(store.putCount()).isEqualTo(2);
        LeakCanary.assertNoLeak(store, fetched, store.versions());
    }

    @Test
    void retriedPutWithTheSameRequestTokenMakesOneVersion() {
        String key = TestKeys.production();
        PutOptions token = PutOptions.withRequestToken(UUID.randomUUID().toString());

        String a = store.put(SecretValue.of(key), token);
        String b = store.put(SecretValue.of(key), token);

        assertThat(a).isEqualTo(b);
        assertThat(store.versionCount()).isEqualTo(1);
        assertThatThrownBy(() -> store.put(SecretValue.of(TestKeys.production()), token))
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("request token");
    }

    @Test
    void unavailableFaultIsTransientAndRunsOut() {
        store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());
        store.failFetches(StoreFault.unavailable().times(2));

        assertThatThrownBy(store::fetch)
                .isInstanceOfSatisfying(
                        SecretUnavailableException.class,
                        e -> assertThat(e.isTransient()).isTrue());
        assertThatThrownBy(store::fetch).isInstanceOf(SecretUnavailableException.class);
        assertThat(store.fetch().versionId()).contains("v1");
        assertThat(store.fetchCount()).isEqualTo(3);
    }

    @Test
    void accessDeniedAndNotFoundFaultsLastUntilCleared() {
        store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());
        store.failFetches(StoreFault.accessDenied());

        assertThatThrownBy(store::fetch).isInstanceOf(SecretAccessDeniedException.class);
        assertThatThrownBy(store::fetch).isInstanceOf(SecretAccessDeniedException.class);
        store.clearFaults();
        store.failFetches(StoreFault.notFound().times(1));
        assertThatThrownBy(store::fetch).isInstanceOf(SecretNotFoundException.class);
        assertThat(store.fetch()).isNotNull();
    }

    @Test
    void garbageFaultReturnsSomethingThatIsNotAKey() {
        store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());
        store.failFetches(StoreFault.garbage().times(1));

        SecretValue garbage = store.fetch();

        assertThatThrownBy(() -> ApiKey.parse(garbage, store.description())).isInstanceOf(InvalidApiKeyException.class);
        assertThat(ApiKey.parse(store.fetch(), store.description()).mode()).isNotNull();
    }

    @Test
    void slowFaultWaitsThroughTheSleeperThenAnswers() {
        store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());
        store.failFetches(StoreFault.slow(Duration.ofSeconds(5)).times(1));
        store.failPuts(StoreFault.slow(Duration.ofSeconds(3)).times(1));

        store.fetch();
        store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());

        assertThat(slept).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(3));
    }

    @Test
    void putFaultsAndReadOnlyStoresRefuseWrites() {
        store.failPuts(StoreFault.unavailable().times(1));
        assertThatThrownBy(() -> store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                .isInstanceOf(SecretUnavailableException.class);

        store.setWriteAccess(WriteAccess.NO);

        assertThat(store.canWrite()).isEqualTo(WriteAccess.NO);
        assertThatThrownBy(() -> store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                .isInstanceOf(SecretAccessDeniedException.class);
        assertThat(store.versionCount()).isZero();
    }

    @Test
    void awaitVersionCountReturnsOnceABackgroundPutLands() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            started.countDown();
            store.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none());
        });
        writer.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(store.awaitVersionCount(1, Duration.ofSeconds(5))).isTrue();
        assertThat(store.awaitVersionCount(2, Duration.ofMillis(10))).isFalse();
        writer.join(5000);
    }

    @Test
    void closeIsRecordedAndTheStoreKeepsWorking() {
        InMemorySecretStore s = InMemorySecretStore.of(SecretValue.of(TestKeys.sandbox()));

        s.close();

        assertThat(s.isClosed()).isTrue();
        assertThat(s.fetch().versionId()).contains("v1");
        assertThat(s.description()).isEqualTo("memory://secret");
        assertThat(s.toString()).isEqualTo("InMemorySecretStore(memory://secret, versions=1)");
    }
}
