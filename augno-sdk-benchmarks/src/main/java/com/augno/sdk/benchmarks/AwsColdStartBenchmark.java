package com.augno.sdk.benchmarks;

import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.aws.AwsSecretsManagerSecretProvider;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Cold start of the AWS provider: the first {@code fetch()} in a fresh JVM, client creation and
 * class loading included, against a loopback Secrets Manager stand-in (a JDK HTTP server answering
 * {@code GetSecretValue}, started outside the measurement).
 *
 * <p>Each fork is a new JVM measured once ({@code SingleShotTime}, no warm-up), so the score is
 * what a Lambda or a freshly started service pays. Variants:
 *
 * <ul>
 *   <li>{@code provider-default}: the provider creates its own client (url-connection), as in
 *       production;
 *   <li>{@code url-connection}, {@code apache}, {@code apache5}: a client built with that HTTP
 *       client and handed to the provider.
 * </ul>
 *
 * <p>Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main AwsColdStartBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
        value = 10,
        jvmArgsAppend = {"-Daws.disableEc2Metadata=true"})
public class AwsColdStartBenchmark {
    private static final String BODY = "{\"ARN\":\"arn:aws:secretsmanager:eu-west-1:111122223333:secret:bench-AbCdEf\","
            + "\"Name\":\"bench\",\"VersionId\":\"00000000-0000-0000-0000-000000000001\","
            + "\"SecretString\":\"not-a-real-key-just-bytes-for-the-benchmark\",\"VersionStages\":[\"AWSCURRENT\"],"
            + "\"CreatedDate\":1.523477145713E9}";

    /** Which HTTP client serves the first fetch. */
    @Param({"provider-default", "url-connection", "apache", "apache5"})
    public String httpClient = "provider-default";

    private @Nullable HttpServer server;
    private @Nullable AwsSecretsManagerSecretProvider provider;
    private @Nullable SecretsManagerClient client;

    /** Starts the loopback stand-in; not measured. */
    @Setup(Level.Trial)
    public void startServer() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        server = s;
    }

    /** Closes what the measured call created, then the stand-in. */
    @TearDown(Level.Trial)
    public void stop() {
        if (provider != null) {
            provider.close();
        }
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** The first fetch: client creation, class loading, signing, one HTTP exchange, parsing. */
    @Benchmark
    public SecretValue firstFetch() {
        URI endpoint = URI.create("http://127.0.0.1:"
                + Objects.requireNonNull(server).getAddress().getPort());
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret-access-key"));
        AwsSecretsManagerSecretProvider.Builder b =
                AwsSecretsManagerSecretProvider.builder().secretId("bench");
        if ("provider-default".equals(httpClient)) {
            b.region("eu-west-1").endpointOverride(endpoint).credentialsProvider(credentials);
        } else {
            SecretsManagerClient c = SecretsManagerClient.builder()
                    .httpClient(httpClient(httpClient))
                    .region(Region.EU_WEST_1)
                    .endpointOverride(endpoint)
                    .credentialsProvider(credentials)
                    .build();
            client = c;
            b.client(c);
        }
        AwsSecretsManagerSecretProvider p = b.build();
        provider = p;
        return p.fetch();
    }

    // ApacheHttpClient (Apache 4) is deprecated in favour of Apache 5 but still the one most users have.
    @SuppressWarnings("deprecation")
    private static SdkHttpClient httpClient(String name) {
        return switch (name) {
            case "url-connection" -> UrlConnectionHttpClient.create();
            case "apache" -> ApacheHttpClient.create();
            case "apache5" -> Apache5HttpClient.create();
            default -> throw new IllegalArgumentException("unknown HTTP client " + name);
        };
    }
}
