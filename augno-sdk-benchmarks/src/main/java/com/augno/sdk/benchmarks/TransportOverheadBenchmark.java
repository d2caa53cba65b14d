package com.augno.sdk.benchmarks;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * The SDK's own overhead per typed call: {@link #sdkTypedCall} ({@code AugnoClient.request} with a
 * typed model: key from the key cache, standard headers, retry bookkeeping, error mapping, decode
 * with the shared mapper) against {@link #bareOkHttpJackson} (one OkHttp call with an {@code
 * Authorization} header and a Jackson read of the same model), both against the same canned
 * loopback response. The difference of the two is what the SDK adds.
 */
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // JMH initializes the state in @Setup
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class TransportOverheadBenchmark {
    private static final String KEY_ID = "apke_eiylmwr6q7oz";
    private static final String PATH = "/v1/auth/api-keys/" + KEY_ID;

    private CannedServer server;
    private AugnoClient client;
    private OkHttpClient bare;
    private ObjectReader bareReader;
    private String bareUrl = "";
    private String bareAuthorization = "";
    private ApiRequest request;
    private AugnoClient inMemoryClient;
    private OkHttpClient inMemoryBare;

    /** Starts the canned server and both clients. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new CannedServer(CannedServer.API_KEY_JSON);
        String key = BenchKeys.newKey(KeyMode.PRODUCTION, 48);
        SecretProvider provider = BenchKeys.fixed(key);
        client = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .build();
        request = ApiRequest.builder(HttpMethod.GET, PATH).build();

        bare = new OkHttpClient.Builder().followRedirects(false).build();
        ObjectMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
        bareReader = mapper.readerFor(BenchApiKey.class);
        bareUrl = server.baseUrl() + PATH;
        bareAuthorization = "Bearer " + key;

        // The same pair without sockets: an application interceptor answers with the canned body,
        // so only CPU and allocation of the two stacks are compared (no scheduler noise).
        OkHttpClient canned = new OkHttpClient.Builder()
                .addInterceptor(new CannedInterceptor(CannedServer.API_KEY_JSON))
                .build();
        inMemoryClient = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .okHttpClient(canned)
                .build();
        inMemoryBare = canned.newBuilder().followRedirects(false).build();
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        inMemoryClient.close();
        inMemoryBare.dispatcher().executorService().shutdown();
        bare.dispatcher().executorService().shutdown();
        bare.connectionPool().evictAll();
        server.close();
    }

    /** One typed call through the SDK. */
    @Benchmark
    public BenchApiKey sdkTypedCall() {
        return client.request(request, BenchApiKey.class).data();
    }

    /**
     * The same call through the typed service, as users write it: {@code client.auth().apiKeys().get(id)}
     * decoding into the SDK's own {@link ApiKeyInfo} model (open enums, {@code Optional} fields).
     */
    @Benchmark
    public ApiKeyInfo sdkServiceCall() {
        return client.auth().apiKeys().get(KEY_ID);
    }

    /** The same call with bare OkHttp and Jackson. */
    @Benchmark
    public BenchApiKey bareOkHttpJackson() throws IOException {
        Request r = new Request.Builder()
                .url(bareUrl)
                .header("Authorization", bareAuthorization)
                .header("Accept", "application/json")
                .build();
        try (Response response = bare.newCall(r).execute()) {
            return bareReader.readValue(response.body().bytes());
        }
    }

    /** One typed call through the SDK, answered in memory. */
    @Benchmark
    public BenchApiKey sdkTypedCallInMemory() {
        return inMemoryClient.request(request, BenchApiKey.class).data();
    }

    /** The typed-service call, answered in memory. */
    @Benchmark
    public ApiKeyInfo sdkServiceCallInMemory() {
        return inMemoryClient.auth().apiKeys().get(KEY_ID);
    }

    /** The same call with bare OkHttp and Jackson, answered in memory. */
    @Benchmark
    public BenchApiKey bareOkHttpJacksonInMemory() throws IOException {
        Request r = new Request.Builder()
                .url(bareUrl)
                .header("Authorization", bareAuthorization)
                .header("Accept", "application/json")
                .build();
        try (Response response = inMemoryBare.newCall(r).execute()) {
            return bareReader.readValue(response.body().bytes());
        }
    }
}
