package com.augno.sdk.internal.auth;

import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A counting provider whose answer the test sets; records the fake time of each fetch. */
final class FakeProvider implements SecretProvider {
    private final FakeClock clock;
    private volatile IntFunction<SecretValue> behaviour;
    final AtomicInteger fetches = new AtomicInteger();
    final List<Instant> fetchTimes = new CopyOnWriteArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();

    FakeProvider(FakeClock clock, String value) {
        this.clock = clock;
        returns(value);
    }

    /** From now on, every fetch returns {@code value}. */
    FakeProvider returns(String value) {
        this.behaviour = n -> SecretValue.of(value, "v" + n, clock.instant());
        return this;
    }

    /** From now on, every fetch throws {@code failure}. */
    FakeProvider fails(RuntimeException failure) {
        this.behaviour = n -> {
            throw failure;
        };
        return this;
    }

    /** From now on, fetch number n (1-based) answers as {@code behaviour} says. */
    FakeProvider answers(IntFunction<SecretValue> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    @Override
    public SecretValue fetch() {
        int n = fetches.incrementAndGet();
        fetchTimes.add(clock.instant());
        return behaviour.apply(n);
    }

    @Override
    public String description() {
        return "fake://store";
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
