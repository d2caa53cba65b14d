package com.augno.sdk.secrets.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.aws.FakeSecretsManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The provider with the real AWS SDK client (url-connection HTTP client, SigV4, JSON 1.1) against a
 * WireMock Secrets Manager on loopback, with fake static credentials and an explicit region.
 */
@Timeout(30)
class AwsSecretsManagerSecretProviderTest {
    private static final String REGION = "eu-west-1";
    private static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    // A fake secret access key: generated, and registered so that any leak of it fails the test.
    private final String secretAccessKey = LeakCanary.register("fake" + UUID.randomUUID());
    private final List<AwsSecretsManagerSecretProvider> providers = new ArrayList<>();
    private final List<SecretsManagerClient> clients = new ArrayList<>();
    private FakeSecretsManager sm;

    @BeforeEach
    void startFake() {
        sm = new FakeSecretsManager(REGION).launch();
    }

    @AfterEach
    void stopFake() {
        providers.forEach(AwsSecretsManagerSecretProvider::close);
        clients.forEach(SecretsManagerClient::close);
        sm.shutdown();
    }

    private AwsSecretsManagerSecretProvider.Builder builder(String secretId) {
        return AwsSecretsManagerSecretProvider.builder()
                .secretId(secretId)
                .region(REGION)
                .endpointOverride(URI.create(sm.endpoint()))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, secretAccessKey)))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private AwsSecretsManagerSecretProvider provider(AwsSecretsManagerSecretProvider.Builder builder) {
        AwsSecretsManagerSecretProvider p = builder.build();
        providers.add(p);
        return p;
    }

    /** A caller-supplied client without SDK retries, so each fault is seen once. */
    private AwsSecretsManagerSecretProvider noRetryProvider(String secretId) {
        SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(sm.endpoint()))
                .region(Region.of(REGION))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, secretAccessKey)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        clients.add(client);
        return provider(
                AwsSecretsManagerSecretProvider.builder().secretId(secretId).client(client));
    }

    private void stubError(int status, String type) {
        sm.server()
                .stubFor(post(urlEqualTo("/"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(status)
                                .withHeader("Content-Type", FakeSecretsManager.JSON_1_1)
                                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"stubbed " + type + "\"}")));
    }

    @Test
    void fetchesStringSecretWithSigV4SignedJson11Request() {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", key);
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));

        SecretValue value = provider.fetch();

        assertThat(value.reveal()).isEqualTo(key);
        assertThat(value.versionId()).contains(sm.versionIdOf("prod/augno", "AWSCURRENT"));
        assertThat(value.fetchedAt()).isEqualTo(NOW);
        sm.server()
                .verify(postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                        .withHeader("Content-Type", equalTo(FakeSecretsManager.JSON_1_1))
                        .withHeader(
                                "Authorization",
                                matching("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/\\d{8}/" + REGION
                                        + "/secretsmanager/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*,"
                                        + " Signature=[0-9a-f]{64}"))
                        .withHeader("X-Amz-Date", matching("\\d{8}T\\d{6}Z"))
                        .withRequestBody(matchingJsonPath("$.SecretId", equalTo("prod/augno")))
                        .withRequestBody(matchingJsonPath("$.VersionStage", equalTo("AWSCURRENT"))));
        LeakCanary.assertNoLeak(value, provider, provider.description());
    }

    @Test
    void extractsJsonField() {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", "{\"user\":\"svc\",\"api_key\":\"" + key + "\"}");

        SecretValue value = provider(builder("prod/augno").jsonField("api_key")).fetch();

        assertThat(value.reveal()).isEqualTo(key);
    }

    @Test
    void decodesBinarySecretAsUtf8() {
        String key = TestKeys.sandbox();
        sm.createBinarySecret("bin/augno", key.getBytes(StandardCharsets.UTF_8));

        assertThat(provider(builder("bin/augno")).fetch().reveal()).isEqualTo(key);
    }

    @Test
    void binarySecretThatIsNotUtf8IsRefusedWithoutItsBytes() {
        sm.createBinarySecret("bin/raw", new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});

        assertThatThrownBy(() -> provider(builder("bin/raw")).fetch())
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void readsAnotherStageOrAPinnedVersion() {
        String oldKey = TestKeys.production();
        String newKey = TestKeys.production();
        sm.createSecret("prod/augno", oldKey);
        String oldVersion = sm.versionIdOf("prod/augno", "AWSCURRENT");
        provider(builder("prod/augno")).put(SecretValue.of(newKey), PutOptions.none());

        SecretValue previous =
                provider(builder("prod/augno").versionStage("AWSPREVIOUS")).fetch();
        SecretValue pinned =
                provider(builder("prod/augno").versionId(oldVersion)).fetch();

        assertThat(previous.reveal()).isEqualTo(oldKey);
        assertThat(previous.versionId()).contains(oldVersion);
        assertThat(pinned.reveal()).isEqualTo(oldKey);
        sm.server()
                .verify(postRequestedFor(urlEqualTo("/"))
                        .withRequestBody(matchingJsonPath("$.VersionStage", equalTo("AWSPREVIOUS"))));
        sm.server()
                .verify(postRequestedFor(urlEqualTo("/"))
                        .withRequestBody(matchingJsonPath("$.VersionId", equalTo(oldVersion)))
                        .withRequestBody(
                                com.github.tomakehurst.wiremock.client.WireMock.notContaining("VersionStage")));
    }

    @Test
    void missingSecretIsSecretNotFound() {
        assertThatThrownBy(() -> provider(builder("no/such")).fetch())
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("aws-sm://no/such")
                .hasMessageContaining("ResourceNotFoundException");
    }

    @Test
    void accessDeniedNamesTheIamActionAndSecretArn() {
        stubError(400, "AccessDeniedException");
        String arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/augno-AbCdEf";

        assertThatThrownBy(() -> noRetryProvider(arn).fetch())
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("secretsmanager:GetSecretValue on " + arn)
                .hasMessageContaining("kms:Decrypt");
    }

    @Test
    void kmsDecryptionFailureIsAccessDeniedNamingKmsDecrypt() {
        stubError(400, "DecryptionFailure");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("kms:Decrypt")
                .hasMessageContaining("arn:aws:secretsmanager:");
    }

    @Test
    void rejectedCredentialsAreAccessDenied() {
        stubError(400, "UnrecognizedClientException");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("rejected the credentials");
    }

    @Test
    void throttlingIsTransient() {
        stubError(400, "ThrottlingException");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOfSatisfying(
                        SecretUnavailableException.class,
                        e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("throttling");
    }

    @Test
    void internalServiceErrorIsTransient() {
        stubError(500, "InternalServiceError");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void connectionResetIsTransient() {
        sm.server()
                .stubFor(post(urlEqualTo("/"))
                        .atPriority(1)
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("could not reach");
    }

    @Test
    void invalidRequestIsNotTransient() {
        stubError(400, "InvalidRequestException");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOfSatisfying(
                        SecretProviderException.class,
                        e -> assertThat(e.isTransient()).isFalse())
                .hasMessageContaining("scheduled for deletion");
    }

    @Test
    void sdkRetriesATransientFailureWithinTheDeadline() {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", key);
        sm.server()
                .stubFor(post(urlEqualTo("/"))
                        .atPriority(1)
                        .inScenario("flaky")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse()
                                .withStatus(500)
                                .withHeader("Content-Type", FakeSecretsManager.JSON_1_1)
                                .withBody("{\"__type\":\"InternalServiceError\",\"Message\":\"boom\"}"))
                        .willSetStateTo("recovered"));

        SecretValue value = provider(builder("prod/augno")).fetch();

        assertThat(value.reveal()).isEqualTo(key);
        sm.server().verify(2, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void slowEndpointHitsOurDeadlineNotTheSdks() {
        sm.createSecret("prod/augno", TestKeys.production());
        sm.server()
                .stubFor(post(urlEqualTo("/"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withFixedDelay(3_000)
                                .withStatus(200)
                                .withHeader("Content-Type", FakeSecretsManager.JSON_1_1)
                                .withBody("{}")));
        AwsSecretsManagerSecretProvider provider =
                provider(builder("prod/augno").callTimeout(Duration.ofMillis(200)));

        long start = System.nanoTime();
        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("deadline of 200 ms");
        // Behaviour, not speed: the call ended on our deadline, before the 3 s response came.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void putThenFetchReturnsTheNewVersion() {
        String oldKey = TestKeys.production();
        String newKey = TestKeys.production();
        sm.createSecret("prod/augno", oldKey);
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));
        SecretValue before = provider.fetch();

        String token = UUID.randomUUID().toString();
        String version = provider.put(SecretValue.of(newKey), PutOptions.withRequestToken(token));
        SecretValue after = provider.fetch();

        assertThat(version).isEqualTo(token);
        assertThat(after.reveal()).isEqualTo(newKey);
        assertThat(after.versionId()).contains(version);
        assertThat(after.versionId()).isNotEqualTo(before.versionId());
        sm.server()
                .verify(postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue"))
                        .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/.*"))
                        .withRequestBody(matchingJsonPath("$.SecretId", equalTo("prod/augno")))
                        .withRequestBody(matchingJsonPath("$.ClientRequestToken", equalTo(token))));
    }

    @Test
    void jsonFieldPutKeepsTheOtherFields() throws Exception {
        String oldKey = TestKeys.production();
        String newKey = TestKeys.production();
        sm.createSecret("prod/augno", "{\"user\":\"svc\",\"api_key\":\"" + oldKey + "\",\"n\":3}");
        AwsSecretsManagerSecretProvider provider =
                provider(builder("prod/augno").jsonField("api_key"));

        provider.put(SecretValue.of(newKey), PutOptions.none());

        JsonNode stored = MAPPER.readTree(sm.valueOf("prod/augno", "AWSCURRENT"));
        assertThat(stored.get("api_key").asText()).isEqualTo(newKey);
        assertThat(stored.get("user").asText()).isEqualTo("svc");
        assertThat(stored.get("n").asInt()).isEqualTo(3);
        assertThat(provider.fetch().reveal()).isEqualTo(newKey);
    }

    @Test
    void repeatedPutWithTheSameTokenMakesOneVersion() {
        sm.createSecret("prod/augno", "{\"api_key\":\"" + TestKeys.production() + "\"}");
        AwsSecretsManagerSecretProvider provider =
                provider(builder("prod/augno").jsonField("api_key"));
        String newKey = TestKeys.production();
        PutOptions options = PutOptions.withRequestToken(UUID.randomUUID().toString());

        String first = provider.put(SecretValue.of(newKey), options);
        String second = provider.put(SecretValue.of(newKey), options);

        assertThat(second).isEqualTo(first);
        assertThat(sm.versionCount("prod/augno")).isEqualTo(2);
    }

    @Test
    void sameTokenWithOtherContentIsRefused() {
        sm.createSecret("prod/augno", TestKeys.production());
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));
        PutOptions options = PutOptions.withRequestToken(UUID.randomUUID().toString());
        provider.put(SecretValue.of(TestKeys.production()), options);

        assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), options))
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("request token already exists");
    }

    @Test
    void putOnAPinnedReferenceIsRefusedWithoutCallingAws() {
        sm.createSecret("prod/augno", TestKeys.production());
        AwsSecretsManagerSecretProvider byVersion =
                provider(builder("prod/augno").versionId("v-1"));
        AwsSecretsManagerSecretProvider byStage = provider(builder("prod/augno").versionStage("AWSPENDING"));

        assertThatThrownBy(() -> byVersion.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pinned to version v-1");
        assertThatThrownBy(() -> byStage.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pinned to stage AWSPENDING");
        assertThat(byVersion.canWrite()).isEqualTo(WriteAccess.NO);
        assertThat(byStage.canWrite()).isEqualTo(WriteAccess.NO);
        assertThat(sm.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void canWriteIsAnsweredByAPutThatAwsIgnoresSoNothingChanges() {
        sm.createSecret("prod/augno", TestKeys.production());
        String current = sm.versionIdOf("prod/augno", "AWSCURRENT");

        assertThat(provider(builder("prod/augno")).canWrite()).isEqualTo(WriteAccess.YES);

        assertThat(sm.versionCount("prod/augno")).isEqualTo(1);
        assertThat(sm.versionIdOf("prod/augno", "AWSCURRENT")).isEqualTo(current);
        sm.server()
                .verify(postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue"))
                        .withRequestBody(matchingJsonPath("$.ClientRequestToken", equalTo(current))));
    }

    @Test
    void canWriteIsNoWhenIamRefusesThePut() {
        sm.createSecret("prod/augno", TestKeys.production());
        sm.server()
                .stubFor(post(urlEqualTo("/"))
                        .atPriority(1)
                        .withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue"))
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withHeader("Content-Type", FakeSecretsManager.JSON_1_1)
                                .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"not allowed\"}")));

        assertThat(provider(builder("prod/augno")).canWrite()).isEqualTo(WriteAccess.NO);
        assertThat(sm.versionCount("prod/augno")).isEqualTo(1);
    }

    @Test
    void anAwsErrorWhoseTextQuotesAKeyIsNotChainedAsTheCause() throws Exception {
        // The AWS SDK's own DEBUG lines ("Received failed response", the retry log) quote the
        // service's error text, which this module cannot change: those loggers are raised to INFO
        // here. The SDK's own loggers stay captured at TRACE, so the leak canary still checks every
        // line this provider writes, and the exception must not carry the text either.
        String key = LeakCanary.register(TestKeys.productionPrefix() + TestKeys.randomBody(40));
        sm.server()
                .stubFor(post(urlEqualTo("/"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withHeader("Content-Type", FakeSecretsManager.JSON_1_1)
                                .withBody(
                                        "{\"__type\":\"AccessDeniedException\",\"Message\":\"refused " + key + "\"}")));

        try (AutoCloseable quiet = LogCapture.raise("software.amazon.awssdk", LogCapture.LogLevel.INFO)) {
            assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                    .isInstanceOf(SecretAccessDeniedException.class)
                    .satisfies(e -> assertThat(e.getCause()).isNull())
                    .satisfies(e -> assertThat(LeakCanary.textOf(e)).doesNotContain(key));
        }
        assertThat(LogCapture.linesContaining("com.augno")).noneMatch(line -> line.contains(key));
        LeakCanary.assertLogsClean();
    }

    @Test
    void aCredentialSourceThatDoesNotAnswerIsTransientNotAConfigurationError() {
        AwsSecretsManagerSecretProvider provider = provider(AwsSecretsManagerSecretProvider.builder()
                .secretId("prod/augno")
                .region(REGION)
                .endpointOverride(URI.create(sm.endpoint()))
                .credentialsProvider(() -> {
                    throw SdkClientException.builder()
                            .message("Failed to load credentials from IMDS.")
                            .cause(new java.net.SocketTimeoutException("connect timed out"))
                            .build();
                }));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("did not answer just now")
                .satisfies(e ->
                        assertThat(((SecretProviderException) e).isTransient()).isTrue());
        assertThat(sm.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void aThrottledOrFailingStsCallIsTransient() {
        assertThat(ReportingCredentialsProvider.isBlip(
                        software.amazon.awssdk.core.exception.SdkServiceException.builder()
                                .statusCode(503)
                                .message("Service Unavailable")
                                .build()))
                .isTrue();
        assertThat(ReportingCredentialsProvider.isBlip(
                        software.amazon.awssdk.core.exception.SdkServiceException.builder()
                                .statusCode(403)
                                .message("not authorized to perform sts:AssumeRoleWithWebIdentity")
                                .build()))
                .isFalse();
        assertThat(ReportingCredentialsProvider.isBlip(SdkClientException.create(
                        "Unable to load credentials from any of the providers in the chain: profile file not found")))
                .isFalse();
    }

    @Test
    void putAccessDeniedNamesPutSecretValue() {
        stubError(400, "AccessDeniedException");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").put(SecretValue.of("x"), PutOptions.none()))
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("secretsmanager:PutSecretValue");
    }

    @Test
    void missingJsonFieldNamesTheFieldButNeverTheSecret() {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", "{\"other\":\"" + key + "\"}");
        sm.createSecret("prod/plain", key);

        assertThatThrownBy(() ->
                        provider(builder("prod/augno").jsonField("api_key")).fetch())
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("no field 'api_key'")
                .satisfies(LeakCanary::assertNoLeak);
        assertThatThrownBy(() ->
                        provider(builder("prod/plain").jsonField("api_key")).fetch())
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("not a JSON object")
                .satisfies(LeakCanary::assertNoLeak);
    }

    @Test
    void jsonFieldPutOnANonJsonSecretIsRefusedWithoutEchoingIt() {
        String key = TestKeys.production();
        sm.createSecret("prod/plain", key);

        assertThatThrownBy(() -> provider(builder("prod/plain").jsonField("api_key"))
                        .put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("not a JSON object")
                .satisfies(LeakCanary::assertNoLeak);
        assertThat(sm.versionCount("prod/plain")).isEqualTo(1);
    }

    @Test
    void failingCredentialsProviderIsAConfigurationErrorNamingIt() {
        AwsSecretsManagerSecretProvider provider = provider(AwsSecretsManagerSecretProvider.builder()
                .secretId("prod/augno")
                .region(REGION)
                .endpointOverride(URI.create(sm.endpoint()))
                .credentialsProvider(() -> {
                    throw SdkClientException.create("Unable to load credentials from any of the providers");
                }));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No AWS credentials")
                .hasMessageContaining("the credentials provider given to the builder");
        assertThat(sm.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void closedProviderRefusesToFetch() {
        sm.createSecret("prod/augno", TestKeys.production());
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));
        provider.fetch();

        provider.close();
        provider.close();

        assertThatThrownBy(provider::fetch).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void descriptionAndToStringNameTheSecretNotTheValue() {
        AwsSecretsManagerSecretProvider provider = provider(AwsSecretsManagerSecretProvider.builder()
                .secretId("prod/augno")
                .region("eu-west-1")
                .jsonField("api_key"));

        assertThat(provider.description())
                .isEqualTo("aws-sm://prod/augno (stage AWSCURRENT, region eu-west-1)#api_key");
        assertThat(provider.toString()).contains(provider.description());
    }

    // --- Version quota, deletion and missing stages: permanent failures, each saying what to do ---

    @Test
    void putAtTheVersionQuotaIsPermanentAndSaysWhatToDo() {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", TestKeys.production());
        sm.versionQuota(1);
        // The real client with the SDK's own retries on: a quota is not retried, so one request goes out.
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));

        assertThatThrownBy(() -> provider.put(SecretValue.of(key), PutOptions.none()))
                .isExactlyInstanceOf(SecretProviderException.class)
                .satisfies(e ->
                        assertThat(((SecretProviderException) e).isTransient()).isFalse())
                .hasMessageContaining("aws-sm://prod/augno")
                .hasMessageContaining("quota of versions (about 100)")
                .hasMessageContaining("Retrying will not help")
                .hasMessageContaining("once every 10 minutes")
                .hasMessageContaining("LimitExceededException, HTTP 400")
                .satisfies(LeakCanary::assertNoLeak);
        sm.server()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/"))
                                .withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue")));
        assertThat(sm.versionCount("prod/augno")).isEqualTo(1);
    }

    @Test
    void limitExceededOnAReadStaysTransient() {
        stubError(400, "LimitExceededException");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").fetch())
                .isInstanceOfSatisfying(
                        SecretUnavailableException.class,
                        e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void throttledPutIsTransient() {
        stubError(400, "ThrottlingException");

        assertThatThrownBy(() -> noRetryProvider("prod/augno").put(SecretValue.of("x"), PutOptions.none()))
                .isInstanceOfSatisfying(
                        SecretUnavailableException.class,
                        e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("throttling");
    }

    @Test
    void secretScheduledForDeletionIsPermanentOnReadAndWriteAndSaysHowToRestoreIt() {
        sm.createSecret("prod/augno", TestKeys.production());
        sm.scheduleDeletion("prod/augno");
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));

        assertThatThrownBy(provider::fetch)
                .isExactlyInstanceOf(SecretProviderException.class)
                .satisfies(e ->
                        assertThat(((SecretProviderException) e).isTransient()).isFalse())
                .hasMessageContaining("scheduled for deletion")
                .hasMessageContaining("secretsmanager:GetSecretValue")
                .hasMessageContaining("restore-secret --secret-id prod/augno")
                .hasMessageContaining("InvalidRequestException");
        assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isExactlyInstanceOf(SecretProviderException.class)
                .satisfies(e ->
                        assertThat(((SecretProviderException) e).isTransient()).isFalse())
                .hasMessageContaining("scheduled for deletion")
                .hasMessageContaining("secretsmanager:PutSecretValue");
    }

    @Test
    void secretWithoutAnAwsCurrentVersionIsNotFoundSayingToStoreAValue() {
        sm.createSecretWithoutValue("prod/augno");

        assertThatThrownBy(() -> provider(builder("prod/augno")).fetch())
                .isInstanceOfSatisfying(
                        SecretNotFoundException.class,
                        e -> assertThat(e.isTransient()).isFalse())
                .hasMessageContaining("no version of it carries the stage AWSCURRENT")
                .hasMessageContaining("put-secret-value");
    }

    @Test
    void pinnedVersionThatNoLongerExistsIsNotFoundSayingToUseAStage() {
        sm.createSecret("prod/augno", TestKeys.production());

        assertThatThrownBy(() ->
                        provider(builder("prod/augno").versionId("gone-1")).fetch())
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("no version gone-1")
                .hasMessageContaining("Reference a stage");
    }

    @Test
    void jsonFieldPutOnASecretWithoutAValueFailsWithoutWriting() {
        sm.createSecretWithoutValue("prod/augno");

        assertThatThrownBy(() -> provider(builder("prod/augno").jsonField("api_key"))
                        .put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("stage AWSCURRENT");
        assertThat(sm.versionCount("prod/augno")).isZero();
    }

    // --- The lazily created client ---

    @Test
    void buildingContactsNothingAndConcurrentFirstFetchesCreateOneClient() throws Exception {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", key);
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));
        assertThat(provider.clientsCreated()).isZero();
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    assertThat(start.await(10, java.util.concurrent.TimeUnit.SECONDS))
                            .isTrue();
                    return provider.fetch().reveal();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<String> r : results) {
                assertThat(r.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(key);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(provider.clientsCreated()).isEqualTo(1);
    }

    @Test
    void closingBeforeFirstUseCreatesNoClientAndLaterCallsFailClearly() {
        AwsSecretsManagerSecretProvider provider = provider(builder("prod/augno"));

        provider.close();

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("aws-sm://prod/augno")
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(provider.clientsCreated()).isZero();
        assertThat(sm.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void closingLeavesASuppliedClientOpen() {
        String key = TestKeys.production();
        sm.createSecret("prod/augno", key);
        AwsSecretsManagerSecretProvider provider = noRetryProvider("prod/augno");
        provider.fetch();

        provider.close();

        assertThatThrownBy(provider::fetch).isInstanceOf(IllegalStateException.class);
        // The caller's client still works.
        assertThat(clients.get(0).getSecretValue(r -> r.secretId("prod/augno")).secretString())
                .isEqualTo(key);
        assertThat(provider.clientsCreated()).isZero();
    }
}
