package com.augno.sdk.testing;

import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WritableSecretStore} held in memory, with version history, idempotent puts and fault
 * injection: the stand-in for AWS Secrets Manager or Google Secret Manager in tests.
 *
 * <p>Each {@link #put} adds a version ({@code v1}, {@code v2}, ...) and makes it current; a put
 * that repeats a request token ({@link PutOptions#withRequestToken}) with the same value returns the
 * version it made the first time instead of adding one, as AWS does. {@link #fetch()} returns the
 * current version with its id. Faults ({@link #failFetches(StoreFault)},
 * {@link #failPuts(StoreFault)}) make calls slow or fail with the exceptions real stores map to.
 *
 * <p>Versions can be disabled ({@link #disableVersion(String)}) and enabled again, as in Google
 * Secret Manager: {@link #fetch()} reads the newest version (GCP's {@code latest}) even when it is
 * disabled, and then fails with a non-transient {@link SecretProviderException}, the exception the
 * GCP provider maps {@code FAILED_PRECONDITION} to (and the AWS provider maps {@code
 * InvalidRequestException}, e.g. a secret scheduled for deletion, to). Adding a version makes the
 * new, enabled one current.
 *
 * <p>Thread-safe. {@link #toString()} and {@link #description()} never show a value.
 *
 * <pre>{@code
 * InMemorySecretStore store = InMemorySecretStore.builder().name("augno/runtime").build();
 * store.put(server.mintKey("runtime", "customers:read").toSecretValue(), PutOptions.none());
 * store.failFetches(StoreFault.unavailable().times(1));
 * }</pre>
 */
public final class InMemorySecretStore implements WritableSecretStore {

    /** Waits for a {@link StoreFault#slow(Duration)} fault; replace it to keep tests fast. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for {@code duration}.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final class Version {
        final String id;
        final String value;
        final Instant createdAt;
        boolean enabled = true;

        Version(String id, String value, Instant createdAt) {
            this.id = id;
            this.value = value;
            this.createdAt = createdAt;
        }
    }

    private final String name;
    private final Clock clock;
    private final Sleeper sleeper;
    private final List<Version> versions = new ArrayList<>();
    private final Map<String, Version> byRequestToken = new HashMap<>();
    private final InjectedFaults fetchFaults = new InjectedFaults();
    private final InjectedFaults putFaults = new InjectedFaults();
    private WriteAccess writeAccess;
    private int fetchCount;
    private int putCount;
    private boolean closed;

    private InMemorySecretStore(Builder builder) {
        this.name = builder.name;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.writeAccess = builder.writeAccess;
        if (builder.initialValue != null) {
            versions.add(new Version("v1", builder.initialValue, clock.instant()));
        }
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a store named {@code secret} whose first version ({@code v1}) is {@code key}. */
    public static InMemorySecretStore of(ApiKey key) {
        return builder().initialValue(key.toSecretValue()).build();
    }

    /** Returns a store named {@code secret} whose first version ({@code v1}) is {@code value}. */
    public static InMemorySecretStore of(SecretValue value) {
        return builder().initialValue(value).build();
    }

    /**
     * Returns the current version.
     *
     * @throws SecretNotFoundException if nothing was stored yet, or a not-found fault is active
     * @throws SecretUnavailableException if an unavailable fault is active, or the wait of a slow
     *     fault was interrupted
     * @throws SecretAccessDeniedException if an access-denied fault is active
     * @throws SecretProviderException (not transient) if the current version is disabled, or a
     *     disabled-version fault is active
     */
    @Override
    public SecretValue fetch() {
        StoreFault fault;
        synchronized (this) {
            fetchCount++;
            fault = fetchFaults.take();
        }
        if (fault != null) {
            InjectedFaults.apply(fault, description(), sleeper);
            if (fault.kind() == StoreFault.Kind.GARBAGE) {
                return SecretValue.of("not an api key: {\"garbage\":true}", "garbage", clock.instant());
            }
        }
        synchronized (this) {
            if (versions.isEmpty()) {
                throw new SecretNotFoundException(description(), "the store holds no version yet");
            }
            Version current = versions.get(versions.size() - 1);
            if (!current.enabled) {
                throw disabled(current.id);
            }
            return SecretValue.of(current.value, current.id, clock.instant());
        }
    }

    /**
     * Adds {@code value} as the new current version and returns its id; with a request token that
     * was used before for the same value, returns that version's id and adds nothing.
     *
     * @throws SecretAccessDeniedException if {@link #setWriteAccess} made the store read-only, or an
     *     access-denied fault is active
     * @throws SecretUnavailableException if an unavailable fault is active
     * @throws SecretNotFoundException if a not-found fault is active
     * @throws SecretProviderException if the request token was used before with another value
     */
    @Override
    public String put(SecretValue value, PutOptions options) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(options, "options == null");
        StoreFault fault;
        synchronized (this) {
            putCount++;
            fault = putFaults.take();
        }
        if (fault != null) {
            InjectedFaults.apply(fault, description(), sleeper);
        }
        synchronized (this) {
            if (writeAccess == WriteAccess.NO) {
                throw new SecretAccessDeniedException(description(), "this store is read-only for these credentials");
            }
            Optional<String> token = options.requestToken();
            if (token.isPresent()) {
                Version earlier = byRequestToken.get(token.get());
                if (earlier != null) {
                    if (earlier.value.equals(value.reveal())) {
                        return earlier.id;
                    }
                    throw new SecretProviderException(
                            description(), "the request token was already used to store a different value");
                }
            }
            Version created = new Version("v" + (versions.size() + 1), value.reveal(), clock.instant());
            versions.add(created);
            token.ifPresent(t -> byRequestToken.put(t, created));
            notifyAll();
            return created.id;
        }
    }

    /** Returns the write access set with {@link Builder#writeAccess}; {@link WriteAccess#YES} by default. */
    @Override
    public synchronized WriteAccess canWrite() {
        return writeAccess;
    }

    /** Returns {@code memory://<name>}. */
    @Override
    public String description() {
        return "memory://" + name;
    }

    /** Marks the store closed ({@link #isClosed()}); it keeps working, as a shared store would. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Returns whether {@link #close()} was called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Makes fetches fail (or slow) as {@code fault} says, after any fault added before runs out.
     *
     * @return this store
     */
    public synchronized InMemorySecretStore failFetches(StoreFault fault) {
        fetchFaults.add(Objects.requireNonNull(fault, "fault == null"));
        return this;
    }

    /**
     * Makes puts fail (or slow) as {@code fault} says; a {@link StoreFault.Kind#GARBAGE} fault does
     * nothing to a put.
     *
     * @return this store
     */
    public synchronized InMemorySecretStore failPuts(StoreFault fault) {
        putFaults.add(Objects.requireNonNull(fault, "fault == null"));
        return this;
    }

    /**
     * Disables version {@code versionId}: while it is the newest version, fetches fail with a
     * non-transient {@link SecretProviderException} (as a disabled {@code latest} version does in
     * Google Secret Manager). Idempotent.
     *
     * @throws IllegalArgumentException if the store has no such version
     */
    public synchronized void disableVersion(String versionId) {
        version(versionId).enabled = false;
    }

    /**
     * Enables version {@code versionId} again. Idempotent.
     *
     * @throws IllegalArgumentException if the store has no such version
     */
    public synchronized void enableVersion(String versionId) {
        version(versionId).enabled = true;
    }

    /**
     * Returns whether version {@code versionId} is enabled (versions are enabled when added).
     *
     * @throws IllegalArgumentException if the store has no such version
     */
    public synchronized boolean isVersionEnabled(String versionId) {
        return version(versionId).enabled;
    }

    private Version version(String versionId) {
        Objects.requireNonNull(versionId, "versionId == null");
        for (Version v : versions) {
            if (v.id.equals(versionId)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no version " + versionId + " in " + description());
    }

    private SecretProviderException disabled(String versionId) {
        return new SecretProviderException(
                description(), "the current version " + versionId + " is disabled: enable it, or add a new version");
    }

    /** Removes every fault. */
    public synchronized void clearFaults() {
        fetchFaults.clear();
        putFaults.clear();
    }

    /** Changes what {@link #canWrite()} answers; {@link WriteAccess#NO} also makes puts fail. */
    public synchronized void setWriteAccess(WriteAccess access) {
        this.writeAccess = Objects.requireNonNull(access, "access == null");
    }

    /** Returns the current version, or empty if nothing was stored. Does not count as a fetch. */
    public synchronized Optional<SecretValue> current() {
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Version v = versions.get(versions.size() - 1);
        return Optional.of(SecretValue.of(v.value, v.id, v.createdAt));
    }

    /** Returns every version, oldest first; each value's {@code fetchedAt} is when it was stored. */
    public synchronized List<SecretValue> versions() {
        List<SecretValue> out = new ArrayList<>(versions.size());
        for (Version v : versions) {
            out.add(SecretValue.of(v.value, v.id, v.createdAt));
        }
        return out;
    }

    /** Returns the number of versions stored. */
    public synchronized int versionCount() {
        return versions.size();
    }

    /** Returns how many times {@link #fetch()} was called, failed calls included. */
    public synchronized int fetchCount() {
        return fetchCount;
    }

    /** Returns how many times {@link #put} was called, failed and idempotent calls included. */
    public synchronized int putCount() {
        return putCount;
    }

    /**
     * Waits until the store holds at least {@code count} versions (for example after a background
     * rotation).
     *
     * @return true if it does, false if {@code timeout} passed first
     * @throws InterruptedException if interrupted while waiting
     */
    public synchronized boolean awaitVersionCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (versions.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        return true;
    }

    @Override
    public synchronized String toString() {
        return "InMemorySecretStore(" + description() + ", versions=" + versions.size() + ")";
    }

    /** Builds an {@link InMemorySecretStore}. */
    public static final class Builder {
        private String name = "secret";
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        private WriteAccess writeAccess = WriteAccess.YES;
        private @Nullable String initialValue;

        private Builder() {}

        /**
         * Sets the name shown in {@link #description()} ({@code memory://<name>}). If not specified,
         * this is {@code secret}.
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name == null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            this.name = name;
            return this;
        }

        /** Sets the first version ({@code v1}). If not specified, the store starts empty. */
        public Builder initialValue(SecretValue value) {
            this.initialValue = Objects.requireNonNull(value, "value == null").reveal();
            return this;
        }

        /**
         * Sets the clock that stamps versions and fetched values. If not specified, this is the
         * system UTC clock.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets how a {@link StoreFault#slow(Duration)} fault waits. If not specified, this is
         * {@link Thread#sleep}.
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** Sets what {@link #canWrite()} answers. If not specified, this is {@link WriteAccess#YES}. */
        public Builder writeAccess(WriteAccess writeAccess) {
            this.writeAccess = Objects.requireNonNull(writeAccess, "writeAccess == null");
            return this;
        }

        /** Builds the store. */
        public InMemorySecretStore build() {
            return new InMemorySecretStore(this);
        }
    }
}
