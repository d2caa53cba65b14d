package com.augno.sdk.micrometer;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.observability.AugnoListener;
import com.augno.sdk.observability.KeyCacheEvent;
import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.observability.KeyFailureKind;
import com.augno.sdk.observability.RequestFinished;
import com.augno.sdk.observability.RequestStarted;
import com.augno.sdk.observability.RetryReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Records what an {@link AugnoClient} does in Micrometer. Add it as the client's listener, then
 * bind the client for the key-cache gauges:
 *
 * <pre>{@code
 * AugnoMetrics metrics = AugnoMetrics.builder()
 *     .meterRegistry(meterRegistry)
 *     .observationRegistry(observationRegistry)
 *     .build();
 * AugnoClient client = AugnoClient.builder()
 *     .secretProvider(SecretProviders.fromEnvironment())
 *     .listener(metrics)
 *     .build();
 * metrics.bindTo(client);
 * }</pre>
 *
 * <p>What it records (every tag has a small, fixed set of values; never an id, a query or a key):
 *
 * <ul>
 *   <li>{@value #REQUESTS}: an observation per request attempt (with a meter handler, a timer),
 *       low-cardinality keys {@code operation}, {@code method}, {@code uri} (the URI template),
 *       {@code status} ({@code none} without a response), {@code outcome} ({@code success}, {@code
 *       client_error}, {@code server_error}, {@code no_response}, {@code other_status}) and {@code
 *       error.code} ({@code none} when the API named none); {@code attempt} and {@code
 *       request.id} are high-cardinality keys (traces, never meter tags).
 *   <li>{@value #RETRIES}: counter of attempts followed by a retry, tags {@code operation}, {@code
 *       reason}.
 *   <li>{@value #KEY_AGE} (seconds): age of the key in use; NaN before the first fetch.
 *   <li>{@value #KEY_STALE} (seconds): how long the key has been due for a refresh the failing store
 *       did not give; 0 when fresh. Alert when it grows.
 *   <li>{@value #KEY_STATE}: 1 for the current state, 0 for the others, tag {@code state} ({@code
 *       empty}, {@code fresh}, {@code stale}, {@code failing}).
 *   <li>{@value #KEY_REFRESHES}: counter of key fetches, tags {@code outcome} ({@code success},
 *       {@code failure}) and {@code failure} ({@code none}, {@code transient}, {@code not_found},
 *       {@code access_denied}, {@code invalid_key}, {@code other}).
 *   <li>{@value #KEY_RECOVERIES}: counter of 401 recoveries, tag {@code outcome} ({@code started},
 *       {@code succeeded}, {@code failed}).
 *   <li>{@value #KEY_CHANGES}: counter of key changes (rotations seen).
 * </ul>
 *
 * <p>Thread-safe. Without an observation registry no observation is made; without a meter registry
 * the counters and gauges go to Micrometer's global registry ({@link Metrics#globalRegistry}).
 */
public final class AugnoMetrics implements AugnoListener {
    /** The observation (and timer) of each request attempt. */
    public static final String REQUESTS = "augno.client.requests";
    /** The counter of attempts followed by a retry. */
    public static final String RETRIES = "augno.client.retries";
    /** The gauge of the age of the key in use, in seconds. */
    public static final String KEY_AGE = "augno.key.age";
    /** The gauge of how long the key has been stale, in seconds. */
    public static final String KEY_STALE = "augno.key.stale";
    /** The gauges of the key cache's state. */
    public static final String KEY_STATE = "augno.key.state";
    /** The counter of key fetches by outcome. */
    public static final String KEY_REFRESHES = "augno.key.refreshes";
    /** The counter of 401 recoveries by outcome. */
    public static final String KEY_RECOVERIES = "augno.key.recoveries";
    /** The counter of key changes. */
    public static final String KEY_CHANGES = "augno.key.changes";

    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final Tags tags;
    private final Map<RequestStarted, Running> running = new ConcurrentHashMap<>();

    private AugnoMetrics(Builder b) {
        this.meters = b.meterRegistry != null ? b.meterRegistry : Metrics.globalRegistry;
        this.observations = b.observationRegistry != null ? b.observationRegistry : ObservationRegistry.NOOP;
        this.tags = b.tags;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Registers the key-cache gauges of {@code client} ({@value #KEY_AGE}, {@value #KEY_STALE},
     * {@value #KEY_STATE}). They read {@link AugnoClient#keyCacheStatus()}, from memory, when
     * scraped; the registry holds the client weakly. Returns this.
     */
    public AugnoMetrics bindTo(AugnoClient client) {
        Objects.requireNonNull(client, "client == null");
        Gauge.builder(
                        KEY_AGE,
                        client,
                        c -> c.keyCacheStatus()
                                .keyAge()
                                .map(AugnoMetrics::seconds)
                                .orElse(Double.NaN))
                .tags(tags)
                .baseUnit("seconds")
                .description("Age of the Augno API key in use")
                .register(meters);
        Gauge.builder(KEY_STALE, client, c -> seconds(c.keyCacheStatus().staleFor()))
                .tags(tags)
                .baseUnit("seconds")
                .description("How long the Augno API key has been due for a refresh the secret store did not give")
                .register(meters);
        for (KeyCacheStatus.State state : KeyCacheStatus.State.values()) {
            Gauge.builder(KEY_STATE, client, c -> c.keyCacheStatus().state() == state ? 1 : 0)
                    .tags(tags)
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("1 for the key cache's current state, 0 for the others")
                    .register(meters);
        }
        return this;
    }

    @Override
    public void onRequestStarted(RequestStarted event) {
        if (observations.isNoop()) {
            return;
        }
        Observation o = Observation.createNotStarted(REQUESTS, observations)
                .contextualName(event.operation())
                .lowCardinalityKeyValue("operation", event.operation())
                .lowCardinalityKeyValue("method", event.method().name())
                .lowCardinalityKeyValue("uri", event.uriTemplate())
                .highCardinalityKeyValue("attempt", String.valueOf(event.attempt()));
        tags.forEach(t -> o.lowCardinalityKeyValue(t.getKey(), t.getValue()));
        o.start();
        // A scope on the request thread, so an OkHttp tracing wrapper's spans become children.
        running.put(event, new Running(o, o.openScope()));
    }

    @Override
    public void onRequestFinished(RequestFinished event) {
        RetryReason reason = event.retryReason().orElse(null);
        if (reason != null) {
            meters.counter(RETRIES, tags.and("operation", event.operation()).and("reason", reason.tagValue()))
                    .increment();
        }
        Running r = running.remove(event.started());
        if (r == null) {
            return;
        }
        r.scope.close();
        Observation o = r.observation;
        o.lowCardinalityKeyValue(
                        "status",
                        event.status().isPresent()
                                ? String.valueOf(event.status().getAsInt())
                                : "none")
                .lowCardinalityKeyValue("outcome", event.outcome().tagValue())
                .lowCardinalityKeyValue("error.code", event.errorCode().orElse("none"));
        event.requestId().ifPresent(id -> o.highCardinalityKeyValue("request.id", id));
        o.stop();
    }

    @Override
    public void onKeyCacheEvent(KeyCacheEvent event) {
        switch (event.kind()) {
            case FETCHED:
            case REFRESHED:
                refreshes("success", "none").increment();
                break;
            case REFRESH_FAILED:
                refreshes(
                                "failure",
                                event.failureKind()
                                        .map(KeyFailureKind::tagValue)
                                        .orElse("other"))
                        .increment();
                break;
            case KEY_CHANGED:
                Counter.builder(KEY_CHANGES)
                        .tags(tags)
                        .description("Key changes seen (rotations)")
                        .register(meters)
                        .increment();
                break;
            case RECOVERY_STARTED:
                recoveries("started").increment();
                break;
            case RECOVERY_SUCCEEDED:
                recoveries("succeeded").increment();
                break;
            case RECOVERY_FAILED:
                recoveries("failed").increment();
                break;
            case STALE_KEY_USED:
                // The stale gauge shows it; a counter per request would only repeat the request count.
                break;
        }
    }

    private Counter refreshes(String outcome, String failure) {
        return Counter.builder(KEY_REFRESHES)
                .tags(tags)
                .tag("outcome", outcome)
                .tag("failure", failure)
                .description("Augno API key fetches from the secret store")
                .register(meters);
    }

    private Counter recoveries(String outcome) {
        return Counter.builder(KEY_RECOVERIES)
                .tags(tags)
                .tag("outcome", outcome)
                .description("Recoveries after the Augno API refused the key (401)")
                .register(meters);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Override
    public String toString() {
        return "AugnoMetrics(" + meters.getClass().getSimpleName() + ", tags=" + tags + ")";
    }

    /** An attempt's observation and the scope opened for it. */
    private static final class Running {
        final Observation observation;
        final Observation.Scope scope;

        Running(Observation observation, Observation.Scope scope) {
            this.observation = observation;
            this.scope = scope;
        }
    }

    /** Builds {@link AugnoMetrics}. Not thread-safe. */
    public static final class Builder {
        private @Nullable MeterRegistry meterRegistry;
        private @Nullable ObservationRegistry observationRegistry;
        private Tags tags = Tags.empty();

        private Builder() {}

        /** Sets where counters and gauges go. If not specified, Micrometer's global registry. */
        public Builder meterRegistry(MeterRegistry meterRegistry) {
            this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry == null");
            return this;
        }

        /**
         * Sets where request observations go (a meter handler turns them into timers, a tracing
         * handler into spans). If not specified, no observation is made.
         */
        public Builder observationRegistry(ObservationRegistry observationRegistry) {
            this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry == null");
            return this;
        }

        /**
         * Adds a tag to every meter and observation, such as {@code client=billing} when a process
         * has several clients. Keep values constant. If not specified, none.
         */
        public Builder tag(String key, String value) {
            this.tags = tags.and(
                    Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /** Builds the listener. */
        public AugnoMetrics build() {
            return new AugnoMetrics(this);
        }
    }
}
