package com.augno.sdk;

import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A secret provider whose value a test can change (a rotation writing the store). */
final class FakeSecretProvider implements SecretProvider {
    final AtomicReference<String> value;
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicBoolean closed = new AtomicBoolean();

    FakeSecretProvider(String value) {
        this.value = new AtomicReference<>(value);
    }

    @Override
    public SecretValue fetch() {
        fetches.incrementAndGet();
        return SecretValue.of(value.get());
    }

    @Override
    public String description() {
        return "fake://test-secret";
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
