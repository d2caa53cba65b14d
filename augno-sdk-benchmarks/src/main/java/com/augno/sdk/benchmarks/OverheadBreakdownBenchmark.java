package com.augno.sdk.benchmarks;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.internal.http.ConcurrencyLimit;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the in-memory call's time goes: the bare OkHttp + Jackson call of {@link
 * TransportOverheadBenchmark} with one ingredient of the SDK's call added at a time, and the
 * SDK-only parts (key lookup, decoding into the SDK's model) on their own. Each figure minus {@link
 * #bare} is that ingredient's cost; no sockets, so only CPU and allocation differ. JFR's execution
 * sampler takes too few samples on the 2-core VMs this project is measured on, so this breakdown is
 * the profile of record (see {@code docs/benchmarks.md}).
 */
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // JMH initializes the state in @Setup
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx512m")
public class OverheadBreakdownBenchmark {
    private static final String KEY_ID = "apke_eiylmwr6q7oz";
    private static final String URL = "http://127.0.0.1:9/v1/auth/api-keys/" + KEY_ID;

    private OkHttpClient bare;
    private OkHttpClient limited;
    private OkHttpClient sdkLike;
    private ObjectReader bareReader;
    private ObjectReader sdkReader;
    private byte[] body;
    private String authorization;
    private KeyCache keys;
    private AugnoClient client;

    /** Builds the clients, readers and the key cache. */
    @Setup(Level.Trial)
    public void setUp() {
        String key = BenchKeys.newKey(KeyMode.PRODUCTION, 48);
        SecretProvider provider = BenchKeys.fixed(key);
        authorization = "Bearer " + key;
        bare = new OkHttpClient.Builder()
                .addInterceptor(new CannedInterceptor(CannedServer.API_KEY_JSON))
                .followRedirects(false)
                .build();
        limited = bare.newBuilder()
                .eventListenerFactory(new ConcurrencyLimit(ConcurrencyLimit.DEFAULT_MAX_IN_FLIGHT))
                .build();
        sdkLike = limited.newBuilder()
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .authenticator(Authenticator.NONE)
                .build();
        bareReader = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build()
                .readerFor(BenchApiKey.class);
        sdkReader = Json.reader(Json.type(ApiKeyInfo.class));
        body = CannedServer.API_KEY_JSON.getBytes(StandardCharsets.UTF_8);
        keys = KeyCache.builder(provider).build();
        keys.currentKey();
        client = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl("http://127.0.0.1:9")
                .okHttpClient(bare)
                .build();
    }

    /** Closes the key cache and the client. */
    @TearDown(Level.Trial)
    public void tearDown() {
        keys.close();
        client.close();
        bare.dispatcher().executorService().shutdown();
    }

    /** The bare in-memory call: the baseline. */
    @Benchmark
    public BenchApiKey bare() throws IOException {
        return call(bare, false);
    }

    /** Bare, plus a per-call timeout (the SDK sets each attempt's): OkHttp's watchdog queue. */
    @Benchmark
    public BenchApiKey bareWithCallTimeout() throws IOException {
        return call(bare, true);
    }

    /** Bare, plus the SDK's event listener (the in-flight limit). */
    @Benchmark
    public BenchApiKey bareWithConcurrencyLimit() throws IOException {
        return call(limited, false);
    }

    /** Bare on an OkHttp client configured as the SDK's, with the per-call timeout. */
    @Benchmark
    public BenchApiKey bareOnSdkOkHttpSettings() throws IOException {
        return call(sdkLike, true);
    }

    /** The key lookup alone, as every call makes it. */
    @Benchmark
    public ApiKey keyLookup() {
        return keys.currentKey();
    }

    /** Decoding the body into the bare model alone. */
    @Benchmark
    public BenchApiKey decodeBareModel() throws IOException {
        return bareReader.readValue(body);
    }

    /** Decoding the body into the SDK's model (open enums, {@code Optional} fields) alone. */
    @Benchmark
    public ApiKeyInfo decodeSdkModel() throws IOException {
        return sdkReader.readValue(body);
    }

    /** The whole typed-service call in memory, for reference. */
    @Benchmark
    public ApiKeyInfo sdkServiceCall() {
        return client.auth().apiKeys().get(KEY_ID);
    }

    private BenchApiKey call(OkHttpClient http, boolean timeout) throws IOException {
        Request r = new Request.Builder()
                .url(URL)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        Call call = http.newCall(r);
        if (timeout) {
            call.timeout().timeout(30_000, TimeUnit.MILLISECONDS);
        }
        try (Response response = call.execute()) {
            return bareReader.readValue(response.body().bytes());
        }
    }
}
