package com.augno.sdk.secrets.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.TestClock;
import com.azure.identity.CredentialUnavailableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The real Azure Key Vault client, on our OkHttp adapter, against a fake Key Vault over HTTPS. */
class AzureKeyVaultSecretProviderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SECRET = "augno-api-key";

    private static FakeKeyVault vault;

    private final TestClock clock = TestClock.at(Instant.parse("2026-11-28T03:00:00Z"));
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeAll
    static void startVault() {
        vault = new FakeKeyVault().launch();
    }

    @AfterAll
    static void stopVault() {
        vault.shutdown();
    }

    @BeforeEach
    void reset() {
        vault.server().resetRequests();
    }

    @AfterEach
    void tearDown() throws Exception {
        vault.server().resetMappings();
        vault.launchStubs();
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private AzureKeyVaultSecretProvider provider(String secret) {
        AzureKeyVaultSecretProvider p = vault.provider(secret)
                .clock(clock)
                .callTimeout(Duration.ofSeconds(5))
                .build();
        closeables.add(p);
        return p;
    }

    private static String uniqueSecret(String base) {
        return base + "-" + Long.toHexString(System.nanoTime());
    }

    /** A fault for requests that carry a token (the unauthenticated challenge round still gets 401). */
    private static void fault(String secret, ResponseDefinitionBuilder response) {
        vault.server()
                .stubFor(any(urlPathMatching("/secrets/" + secret + "(/.*)?"))
                        .atPriority(1)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(response));
    }

    private static ResponseDefinitionBuilder error(int status, String code, String inner, String message) {
        String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\""
                + (inner.isEmpty() ? "" : ",\"innererror\":{\"code\":\"" + inner + "\"}") + "}}";
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-ms-request-id", "req-" + status)
                .withBody(body);
    }

    @Test
    void readsTheLatestVersionOverHttpsAfterTheChallengeWithTheCredentialsToken() {
        String key = LeakCanary.register(TestKeys.canary());
        String secret = uniqueSecret("plain");
        vault.setSecret(secret, TestKeys.canary());
        FakeKeyVault.Version latest = vault.setSecret(secret, key);
        AzureKeyVaultSecretProvider p = provider(secret);
        assertThat(p.clientsCreated()).isZero(); // building contacts nothing

        SecretValue value = p.fetch();

        assertThat(value.reveal()).isEqualTo(key);
        assertThat(value.versionId()).contains(latest.id);
        assertThat(value.fetchedAt()).isEqualTo(clock.instant());
        // The request carried the credential's token (the challenge round, without a token, happens
        // once per vault host in this JVM: Azure caches the challenge).
        assertThat(vault.server()
                        .findAll(anyRequestedFor(urlPathMatching("/secrets/" + secret + "/"))
                                .withHeader("Authorization", matching("Bearer fake-token-.+"))))
                .hasSize(1);
        assertThat(p.description())
                .isEqualTo("azure-kv://acme-test/" + secret + " (endpoint " + vault.endpoint() + ")");
        LeakCanary.assertNoLeak(p, value);
    }

    @Test
    void readsAPinnedVersionAndRefusesToWriteThroughIt() {
        String secret = uniqueSecret("pinned");
        FakeKeyVault.Version first = vault.setSecret(secret, "first-value");
        vault.setSecret(secret, "second-value");
        AzureKeyVaultSecretProvider p =
                vault.provider(secret).version(first.id).clock(clock).build();
        closeables.add(p);

        assertThat(p.fetch().reveal()).isEqualTo("first-value");
        assertThat(p.canWrite()).isEqualTo(WriteAccess.NO);
        assertThatThrownBy(() -> p.put(SecretValue.of("x"), PutOptions.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pinned to version " + first.id);
    }

    @Test
    void putStoresANewLatestVersionThatTheNextFetchReturns() {
        String key = LeakCanary.register(TestKeys.canary());
        String secret = uniqueSecret("put");
        vault.setSecret(secret, "old-value");
        AzureKeyVaultSecretProvider p = provider(secret);
        assertThat(p.canWrite()).isEqualTo(WriteAccess.UNKNOWN);

        String version = p.put(
                SecretValue.of(key),
                PutOptions.withRequestToken(java.util.UUID.randomUUID().toString()));

        assertThat(version).isEqualTo(vault.latest(secret).id);
        assertThat(vault.latest(secret).value).isEqualTo(key);
        assertThat(p.fetch().versionId()).contains(version);
    }

    @Test
    void aJsonFieldIsReadAndWrittenKeepingTheOtherFields() throws Exception {
        String key = LeakCanary.register(TestKeys.canary());
        String newKey = LeakCanary.register(TestKeys.canary());
        String secret = uniqueSecret("json");
        vault.setSecret(secret, MAPPER.writeValueAsString(Map.of("owner", "payments", "api_key", key)));
        AzureKeyVaultSecretProvider p =
                vault.provider(secret).jsonField("api_key").clock(clock).build();
        closeables.add(p);

        assertThat(p.fetch().reveal()).isEqualTo(key);
        p.put(SecretValue.of(newKey), PutOptions.none());

        var stored = MAPPER.readTree(vault.latest(secret).value);
        assertThat(stored.get("owner").asText()).isEqualTo("payments");
        assertThat(stored.get("api_key").asText()).isEqualTo(newKey);
        assertThat(p.fetch().reveal()).isEqualTo(newKey);
    }

    @Test
    void aJsonFieldPutToASecretWithNoVersionYetCreatesTheDocument() throws Exception {
        String secret = uniqueSecret("new-json");
        AzureKeyVaultSecretProvider p =
                vault.provider(secret).jsonField("api_key").clock(clock).build();
        closeables.add(p);

        p.put(SecretValue.of("first"), PutOptions.none());

        assertThat(MAPPER.readTree(vault.latest(secret).value).get("api_key").asText())
                .isEqualTo("first");
    }

    @Test
    void aMissingSecretIsNotFound() {
        AzureKeyVaultSecretProvider p = provider(uniqueSecret("missing"));

        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("has no secret")
                .hasMessageContaining("HTTP 404, SecretNotFound")
                .hasMessageNotContaining("was not found in this key vault");
    }

    @Test
    void aRejectedTokenIsAccessDenied() {
        String secret = uniqueSecret("token");
        vault.setSecret(secret, "v");
        AzureKeyVaultSecretProvider p = vault.provider(secret)
                .credential(request -> Mono.just(new com.azure.core.credential.AccessToken(
                        "wrong-token",
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(1))))
                .build();
        closeables.add(p);

        SecretAccessDeniedException e = catchThrowableOfType(SecretAccessDeniedException.class, p::fetch);

        assertThat(e).hasMessageContaining("rejected the token").hasMessageContaining("HTTP 401");
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void aRefusalByRbacNamesTheRoleToAssignForReadsAndForWrites() {
        String secret = uniqueSecret("rbac");
        fault(secret, error(403, "Forbidden", "ForbiddenByRbac", "Caller is not authorized."));
        AzureKeyVaultSecretProvider p = provider(secret);

        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("\"Key Vault Secrets User\"")
                .hasMessageContaining("HTTP 403, Forbidden/ForbiddenByRbac, request id req-403")
                .hasMessageNotContaining("Caller is not authorized");
        assertThatThrownBy(() -> p.put(SecretValue.of("x"), PutOptions.none()))
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("\"Key Vault Secrets Officer\"");
    }

    @Test
    void aDisabledVersionIsAnErrorWithAdviceNotATransientOne() {
        String secret = uniqueSecret("disabled");
        vault.setSecret(secret, "v").enabled = false;
        AzureKeyVaultSecretProvider p = provider(secret);

        SecretProviderException e = catchThrowableOfType(SecretProviderException.class, p::fetch);

        assertThat(e).isNotInstanceOf(SecretAccessDeniedException.class).hasMessageContaining("--enabled true");
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void anExpiredVersionIsNotUsed() {
        String key = LeakCanary.register(TestKeys.canary());
        String secret = uniqueSecret("expired");
        vault.setSecret(secret, key).expires = clock.instant().minusSeconds(1);
        AzureKeyVaultSecretProvider p = provider(secret);

        SecretProviderException e = catchThrowableOfType(SecretProviderException.class, p::fetch);

        assertThat(e).hasMessageContaining("expired at").hasMessageContaining("--expires");
        assertThat(e.isTransient()).isFalse();
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void aVersionNotValidYetIsTransientSoTheStaleKeyHolds() {
        String secret = uniqueSecret("nbf");
        vault.setSecret(secret, "v").notBefore = clock.instant().plusSeconds(60);
        AzureKeyVaultSecretProvider p = provider(secret);

        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("not valid before");
        clock.advance(Duration.ofSeconds(61));
        assertThat(p.fetch().reveal()).isEqualTo("v");
    }

    @Test
    void throttlingIsTransientAndNoCallIsMadeBeforeRetryAfter() {
        String secret = uniqueSecret("throttled");
        vault.setSecret(secret, "v");
        fault(secret, error(429, "Throttled", "", "Too many requests").withHeader("Retry-After", "30"));
        AzureKeyVaultSecretProvider p = provider(secret);

        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("throttling")
                .hasMessageContaining("wait 30 s");
        int calls = vault.server().getAllServeEvents().size();
        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("not calling it before");
        assertThat(vault.server().getAllServeEvents()).hasSize(calls);

        vault.server().resetMappings();
        vault.launchStubs();
        clock.advance(Duration.ofSeconds(2));
        assertThat(p.fetch().reveal()).isEqualTo("v");
    }

    @Test
    void serverFailuresAreTransientAndNeverQuoteTheBody() {
        String key = LeakCanary.register(TestKeys.canary());
        String secret = uniqueSecret("failing");
        for (int status : new int[] {500, 503}) {
            vault.server().resetMappings();
            vault.launchStubs();
            fault(secret, error(status, "InternalError", "", "echo " + key));
            AzureKeyVaultSecretProvider p = provider(secret);

            SecretUnavailableException e = catchThrowableOfType(SecretUnavailableException.class, p::fetch);

            assertThat(e).hasMessageContaining("HTTP " + status);
            LeakCanary.assertNoLeak(e);
        }
    }

    @Test
    void aBadRequestIsNotTransientAndDoesNotEchoTheBody() {
        String key = LeakCanary.register(TestKeys.canary());
        String secret = uniqueSecret("bad");
        fault(secret, error(400, "BadParameter", "", "The value " + key + " is invalid"));
        AzureKeyVaultSecretProvider p = provider(secret);

        SecretProviderException e = catchThrowableOfType(
                SecretProviderException.class, () -> p.put(SecretValue.of(key), PutOptions.none()));

        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessageContaining("HTTP 400, BadParameter");
        LeakCanary.assertNoLeak(e, p);
    }

    @Test
    void aDeletedButRecoverableSecretExplainsHowToRecoverIt() {
        String secret = uniqueSecret("deleted");
        fault(secret, error(409, "Conflict", "ObjectIsDeletedButRecoverable", "deleted"));
        AzureKeyVaultSecretProvider p = provider(secret);

        assertThatThrownBy(() -> p.put(SecretValue.of("x"), PutOptions.none()))
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("az keyvault secret recover");
    }

    @Test
    void aSlowVaultRunsIntoTheDeadline() {
        String secret = uniqueSecret("slow");
        fault(secret, aResponse().withStatus(200).withFixedDelay(3_000).withBody("{}"));
        AzureKeyVaultSecretProvider p =
                vault.provider(secret).callTimeout(Duration.ofMillis(400)).build();
        closeables.add(p);

        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("deadline of 400 ms");
    }

    @Test
    void anUnreachableVaultIsTransient() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        AzureKeyVaultSecretProvider p = AzureKeyVaultSecretProvider.builder()
                .vaultName("acme-test")
                .secretName("x")
                .endpoint(java.net.URI.create("https://127.0.0.1:" + port))
                .credential(vault.credential())
                .build();
        closeables.add(p);

        assertThatThrownBy(p::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("could not reach Azure Key Vault");
    }

    @Test
    void noCredentialsFoundIsAConfigurationErrorListingWhereTheyWereLookedFor() {
        String secret = uniqueSecret("nocreds");
        vault.setSecret(secret, "v");
        AzureKeyVaultSecretProvider p = vault.provider(secret)
                .credential(request -> Mono.error(new CredentialUnavailableException("nothing here")))
                .build();
        closeables.add(p);

        assertThatThrownBy(p::fetch)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AZURE_CLIENT_ID")
                .hasMessageContaining("managed identity");
    }

    @Test
    void aClosedProviderRefusesCalls() {
        String secret = uniqueSecret("closed");
        vault.setSecret(secret, "v");
        AzureKeyVaultSecretProvider p = provider(secret);
        p.fetch();
        p.close();

        assertThatThrownBy(p::fetch).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(p.clientsCreated()).isEqualTo(1);
    }

    @Test
    void closingLeavesTheCallersOkHttpClientOpen() {
        String secret = uniqueSecret("caller-http");
        vault.setSecret(secret, "v");
        okhttp3.OkHttpClient callers = vault.trustingClient();
        AzureKeyVaultSecretProvider p =
                vault.provider(secret).okHttpClient(callers).build();
        p.fetch();
        p.close();

        assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();
    }
}
