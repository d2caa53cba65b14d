package com.augno.sdk.secrets.vault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
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
import com.augno.sdk.testing.TestClock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The provider with real OkHttp against {@link FakeVault} on loopback, with an injected clock and environment. */
@Timeout(30)
class VaultSecretProviderTest {
    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private static final String SECRET = "secret/prod/augno";

    private final TestClock clock = TestClock.at(NOW);
    private final Map<String, String> env = new HashMap<>();
    private final List<VaultSecretProvider> providers = new ArrayList<>();
    private FakeVault vault;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        vault = new FakeVault(clock).launch();
    }

    @AfterEach
    void stop() {
        providers.forEach(VaultSecretProvider::close);
        vault.shutdown();
    }

    private VaultSecretProvider.Builder builder() {
        return VaultSecretProvider.builder()
                .mount("secret")
                .path("prod/augno")
                .endpoint(URI.create(vault.endpoint()))
                .environment(env::get)
                .home(dir)
                .clock(clock);
    }

    private VaultSecretProvider provider(VaultSecretProvider.Builder b) {
        VaultSecretProvider p = b.build();
        providers.add(p);
        return p;
    }

    /** A provider with a never-expiring token in VAULT_TOKEN, registered as a canary. */
    private VaultSecretProvider tokenProvider(String... capabilities) {
        env.put("VAULT_TOKEN", LeakCanary.register(vault.issueToken(capabilities)));
        return provider(builder());
    }

    private String storeKey() {
        String key = TestKeys.production();
        vault.write(SECRET, Map.of("api_key", key, "owner", "payments"));
        return key;
    }

    private Path writeFile(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content + "\n", StandardCharsets.UTF_8);
        return f;
    }

    // --- Reading and token auth ---

    @Test
    void readsTheFieldWithTheKvVersionAsVersionIdUsingVaultToken() {
        String key = storeKey();
        VaultSecretProvider provider = tokenProvider("read");

        SecretValue value = provider.fetch();

        assertThat(value.reveal()).isEqualTo(key);
        assertThat(value.versionId()).contains("1");
        assertThat(value.fetchedAt()).isEqualTo(NOW);
        vault.server()
                .verify(getRequestedFor(urlEqualTo("/v1/secret/data/prod/augno"))
                        .withHeader("X-Vault-Token", equalTo(env.get("VAULT_TOKEN")))
                        .withoutHeader("X-Vault-Namespace"));
        LeakCanary.assertNoLeak(value, provider, provider.description());
    }

    @Test
    void versionChangesWhenANewVersionIsWritten() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read");
        assertThat(provider.fetch().versionId()).contains("1");

        String next = TestKeys.production();
        vault.write(SECRET, Map.of("api_key", next));

        SecretValue value = provider.fetch();
        assertThat(value.versionId()).contains("2");
        assertThat(value.reveal()).isEqualTo(next);
    }

    @Test
    void readsAPinnedVersionAndAnotherField() {
        String first = TestKeys.production();
        vault.write(SECRET, Map.of("augno", first));
        vault.write(SECRET, Map.of("augno", TestKeys.production()));
        VaultSecretProvider provider = tokenProvider("read");
        VaultSecretProvider pinned = provider(builder().version(1).jsonField("augno"));

        SecretValue value = pinned.fetch();

        assertThat(value.reveal()).isEqualTo(first);
        assertThat(value.versionId()).contains("1");
        vault.server().verify(getRequestedFor(urlEqualTo("/v1/secret/data/prod/augno?version=1")));
        assertThat(provider.description()).endsWith("#api_key");
        assertThat(pinned.description()).contains("version 1").endsWith("#augno");
    }

    @Test
    void tokenFromTheVaultTokenFileInTheHomeDirectory() throws IOException {
        String key = storeKey();
        writeFile(".vault-token", LeakCanary.register(vault.issueToken("read")));

        assertThat(provider(builder()).fetch().reveal()).isEqualTo(key);
    }

    @Test
    void agentSinkFileIsReadAgainWhenVaultAgentRewritesIt() throws IOException {
        String key = storeKey();
        String first = LeakCanary.register(vault.issueToken("read"));
        Path sink = writeFile("sink", first);
        VaultSecretProvider provider = provider(builder().auth(VaultAuth.tokenFile(sink)));
        assertThat(provider.fetch().reveal()).isEqualTo(key);

        // Vault Agent replaces the token; the old one is revoked.
        vault.revoke(first);
        Files.writeString(sink, LeakCanary.register(vault.issueToken("read")) + "\n\n");
        Files.setLastModifiedTime(sink, FileTime.from(NOW.plusSeconds(60)));

        assertThat(provider.fetch().reveal()).isEqualTo(key);
    }

    @Test
    void revokedStaticTokenIsAccessDeniedNamingTheCapabilityNotTheToken() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read");
        vault.revoke(env.get("VAULT_TOKEN"));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("\"read\" on that path")
                .hasMessageContaining("secret/data/prod/augno")
                .hasMessageContaining("HTTP 403")
                .satisfies(LeakCanary::assertNoLeak);
        assertThat(vault.server().findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void noTokenAnywhereIsAConfigurationErrorSayingWhereItLooked() {
        VaultSecretProvider provider = provider(builder());

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VAULT_TOKEN")
                .hasMessageContaining(".vault-token");
        assertThat(vault.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    // --- Kubernetes and AppRole logins, renewal, re-login ---

    private VaultSecretProvider kubernetesProvider() throws IOException {
        String jwt = LeakCanary.register("eyJfake." + UUID.randomUUID());
        vault.kubernetesRole("augno", jwt);
        Path jwtFile = writeFile("jwt", jwt);
        return provider(builder().auth(VaultAuth.kubernetes("augno", jwtFile, "kubernetes")));
    }

    @Test
    void kubernetesLoginSendsTheRoleAndServiceAccountJwtAndUsesTheTokenItGets() throws IOException {
        String key = storeKey();
        VaultSecretProvider provider = kubernetesProvider();

        assertThat(provider.fetch().reveal()).isEqualTo(key);

        vault.server()
                .verify(postRequestedFor(urlEqualTo("/v1/auth/kubernetes/login"))
                        .withoutHeader("X-Vault-Token")
                        .withRequestBody(matchingJsonPath("$.role", equalTo("augno")))
                        .withRequestBody(matchingJsonPath("$.jwt")));
        vault.server()
                .verify(getRequestedFor(urlEqualTo("/v1/secret/data/prod/augno"))
                        .withHeader(
                                "X-Vault-Token",
                                com.github.tomakehurst.wiremock.client.WireMock.matching("hvs\\.login.*")));
        assertThat(vault.logins()).isEqualTo(1);
        LeakCanary.assertNoLeak(provider, provider.description(), provider.auth());
    }

    @Test
    void kubernetesLoginWithAWrongRoleIsRefusedWithoutEchoingTheJwt() throws IOException {
        String jwt = LeakCanary.register("eyJfake." + UUID.randomUUID());
        Path jwtFile = writeFile("jwt", jwt);
        VaultSecretProvider provider = provider(builder().auth(VaultAuth.kubernetes("nobody", jwtFile, "kubernetes")));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("kubernetes auth at auth/kubernetes/login (role nobody)")
                .hasMessageContaining("HTTP 400")
                .satisfies(LeakCanary::assertNoLeak);
    }

    @Test
    void missingServiceAccountJwtIsAConfigurationError() {
        VaultSecretProvider provider =
                provider(builder().auth(VaultAuth.kubernetes("augno", dir.resolve("absent"), "kubernetes")));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("jwtFile=");
    }

    @Test
    void appRoleLoginReadsTheSecretIdFileAtACustomMount() throws IOException {
        String key = storeKey();
        String secretId = LeakCanary.register(UUID.randomUUID().toString());
        vault.appRole("role-1234", secretId);
        Path secretIdFile = writeFile("secret-id", secretId);
        VaultSecretProvider provider =
                provider(builder().auth(VaultAuth.appRole("role-1234", secretIdFile, "ci/approle")));

        assertThat(provider.fetch().reveal()).isEqualTo(key);

        vault.server()
                .verify(postRequestedFor(urlEqualTo("/v1/auth/ci/approle/login"))
                        .withRequestBody(
                                equalToJson("{\"role_id\":\"role-1234\",\"secret_id\":\"" + secretId + "\"}")));
        assertThat(provider.auth().toString()).doesNotContain("role-1234");
        LeakCanary.assertNoLeak(provider, provider.auth());
    }

    @Test
    void wrongSecretIdIsRefused() throws IOException {
        vault.appRole("role-1234", "the-right-one");
        Path secretIdFile =
                writeFile("secret-id", LeakCanary.register(UUID.randomUUID().toString()));
        VaultSecretProvider provider = provider(builder().auth(VaultAuth.appRole("role-1234", secretIdFile)));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretProviderException.class)
                .hasMessageContaining("approle auth at auth/approle/login")
                .satisfies(LeakCanary::assertNoLeak);
    }

    @Test
    void renewableTokenIsRenewedAfterTwoThirdsOfItsLeaseNotReplaced() throws IOException {
        storeKey();
        vault.loginLease(Duration.ofHours(1), null, true);
        VaultSecretProvider provider = kubernetesProvider();
        provider.fetch();

        clock.advance(Duration.ofMinutes(39));
        provider.fetch();
        assertThat(vault.renewals()).isZero();

        clock.advance(Duration.ofMinutes(2)); // 41 minutes: past two thirds of the hour
        provider.fetch();

        assertThat(vault.renewals()).isEqualTo(1);
        assertThat(vault.logins()).isEqualTo(1);
        vault.server()
                .verify(postRequestedFor(urlEqualTo("/v1/auth/token/renew-self"))
                        .withRequestBody(matchingJsonPath("$.increment", equalTo("3600s"))));

        clock.advance(Duration.ofMinutes(41)); // the renewed lease runs from the renewal
        provider.fetch();
        assertThat(vault.renewals()).isEqualTo(2);
        assertThat(vault.logins()).isEqualTo(1);
    }

    @Test
    void tokenThatIsNotRenewableIsReplacedByANewLoginBeforeItExpires() throws IOException {
        storeKey();
        vault.loginLease(Duration.ofHours(1), null, false);
        VaultSecretProvider provider = kubernetesProvider();
        provider.fetch();

        clock.advance(Duration.ofMinutes(45));
        provider.fetch();

        assertThat(vault.logins()).isEqualTo(2);
        assertThat(vault.renewals()).isZero();
    }

    @Test
    void renewalCappedByTheMaximumTtlLeadsToANewLoginAtTheNextRefresh() throws IOException {
        storeKey();
        vault.loginLease(Duration.ofHours(1), Duration.ofMinutes(80), true);
        VaultSecretProvider provider = kubernetesProvider();
        provider.fetch();

        clock.advance(Duration.ofMinutes(41));
        provider.fetch(); // renewed, but only to minute 80: a 39-minute lease
        assertThat(vault.renewals()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(27)); // past two thirds of the capped lease
        provider.fetch();

        assertThat(vault.logins()).isEqualTo(2);
        assertThat(vault.renewals()).isEqualTo(1);
    }

    @Test
    void expiredTokenIsReplacedByANewLogin() throws IOException {
        storeKey();
        vault.loginLease(Duration.ofMinutes(10), null, true);
        VaultSecretProvider provider = kubernetesProvider();
        provider.fetch();

        clock.advance(Duration.ofMinutes(11)); // the process slept past the whole lease

        provider.fetch();
        assertThat(vault.logins()).isEqualTo(2);
        assertThat(vault.renewals()).isZero();
    }

    @Test
    void tokenRevokedBeforeItsLeaseEndsIsReplacedOnceByANewLogin() throws IOException {
        String key = storeKey();
        VaultSecretProvider provider = kubernetesProvider();
        provider.fetch();
        vault.revokeAll();

        assertThat(provider.fetch().reveal()).isEqualTo(key);
        assertThat(vault.logins()).isEqualTo(2);
    }

    @Test
    void policyThatDeniesTheReadIsAccessDeniedAfterOneNewLogin() throws IOException {
        storeKey();
        vault.loginCapabilities("update");
        VaultSecretProvider provider = kubernetesProvider();

        assertThatThrownBy(provider::fetch).isInstanceOf(SecretAccessDeniedException.class);
        assertThat(vault.logins()).isEqualTo(2);
    }

    // --- Namespaces ---

    @Test
    void namespaceHeaderGoesWithEveryCallIncludingTheLogin() throws IOException {
        String key = TestKeys.production();
        vault.write("team-a", SECRET, Map.of("api_key", key));
        String jwt = LeakCanary.register("eyJfake." + UUID.randomUUID());
        vault.kubernetesRole("augno", jwt);
        VaultSecretProvider provider = provider(
                builder().namespace("team-a").auth(VaultAuth.kubernetes("augno", writeFile("jwt", jwt), "kubernetes")));

        assertThat(provider.fetch().reveal()).isEqualTo(key);

        assertThat(vault.namespacesSeen()).containsExactly("team-a", "team-a");
        assertThat(provider.description()).contains("namespace team-a");
    }

    @Test
    void namespaceComesFromVaultNamespaceAndTheSecretIsNotFoundOutsideIt() {
        vault.write("team-a", SECRET, Map.of("api_key", TestKeys.production()));
        VaultSecretProvider outside = tokenProvider("read");
        assertThatThrownBy(outside::fetch).isInstanceOf(SecretNotFoundException.class);

        env.put("VAULT_NAMESPACE", "team-a");
        VaultSecretProvider inside = provider(builder());
        assertThat(inside.namespace()).isEqualTo("team-a");
        assertThat(inside.fetch().versionId()).contains("1");
    }

    // --- Writes with check-and-set ---

    @Test
    void putReplacesTheFieldKeepsTheOthersAndChecksAndSetsTheVersionRead() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read", "update");
        String next = TestKeys.production();

        String version = provider.put(SecretValue.of(next), PutOptions.none());

        assertThat(version).isEqualTo("2");
        assertThat(vault.field(SECRET, "api_key")).isEqualTo(next);
        assertThat(vault.field(SECRET, "owner")).isEqualTo("payments");
        vault.server()
                .verify(postRequestedFor(urlEqualTo("/v1/secret/data/prod/augno"))
                        .withRequestBody(matchingJsonPath("$.options.cas", equalTo("1"))));
        assertThat(provider.fetch().versionId()).contains("2");
    }

    @Test
    void putOnAnAbsentSecretCreatesItOnlyIfStillAbsent() {
        VaultSecretProvider provider = tokenProvider("read", "create", "update");

        assertThat(provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isEqualTo("1");
        vault.server()
                .verify(postRequestedFor(urlEqualTo("/v1/secret/data/prod/augno"))
                        .withRequestBody(matchingJsonPath("$.options.cas", equalTo("0"))));
    }

    @Test
    void putOverADeletedLatestVersionNamesThatVersionInTheCheckAndSet() {
        storeKey();
        vault.deleteLatest(SECRET);
        VaultSecretProvider provider = tokenProvider("read", "update");
        assertThatThrownBy(provider::fetch).isInstanceOf(SecretNotFoundException.class);

        assertThat(provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isEqualTo("2");
    }

    @Test
    void twoRotationsCannotOverwriteEachOther() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read", "update");
        String theirs = TestKeys.production();
        vault.beforeNextWrite(() -> vault.write(SECRET, Map.of("api_key", theirs, "owner", "payments")));
        String mine = LeakCanary.register(TestKeys.production());

        assertThatThrownBy(() -> provider.put(SecretValue.of(mine), PutOptions.none()))
                .isInstanceOfSatisfying(VaultWriteConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessageContaining("check-and-set")
                .hasMessageContaining("version 1")
                .satisfies(LeakCanary::assertNoLeak);
        assertThat(vault.field(SECRET, "api_key")).isEqualTo(theirs);
        assertThat(vault.currentVersion(SECRET)).isEqualTo(2);
    }

    @Test
    void repeatedPutOfTheSameValueWritesNoSecondVersion() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read", "update");
        String next = TestKeys.production();

        String first = provider.put(
                SecretValue.of(next),
                PutOptions.withRequestToken(UUID.randomUUID().toString()));
        String again = provider.put(SecretValue.of(next), PutOptions.none());

        assertThat(again).isEqualTo(first).isEqualTo("2");
        assertThat(vault.currentVersion(SECRET)).isEqualTo(2);
    }

    @Test
    void putOnAPinnedVersionIsRefusedWithoutCallingVault() {
        VaultSecretProvider provider = provider(builder().version(3));

        assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pinned to version 3")
                .satisfies(LeakCanary::assertNoLeak);
        assertThat(provider.canWrite()).isEqualTo(WriteAccess.NO);
        assertThat(vault.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void putWithoutUpdateCapabilityIsAccessDeniedNamingUpdate() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read");

        assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("\"update\"")
                .satisfies(LeakCanary::assertNoLeak);
    }

    // --- canWrite through sys/capabilities-self ---

    @Test
    void canWriteAsksCapabilitiesSelfForTheDataPath() {
        assertThat(tokenProvider("read", "update").canWrite()).isEqualTo(WriteAccess.YES);
        vault.server()
                .verify(postRequestedFor(urlEqualTo("/v1/sys/capabilities-self"))
                        .withRequestBody(equalToJson("{\"paths\":[\"secret/data/prod/augno\"]}")));
        assertThat(tokenProvider("read").canWrite()).isEqualTo(WriteAccess.NO);
        assertThat(tokenProvider("update").canWrite()).isEqualTo(WriteAccess.NO);
        assertThat(tokenProvider("root").canWrite()).isEqualTo(WriteAccess.YES);
        assertThat(tokenProvider().canWrite()).isEqualTo(WriteAccess.NO);
    }

    @Test
    void canWriteIsUnknownWhenVaultCannotBeAsked() {
        VaultSecretProvider provider = tokenProvider("read", "update");
        vault.sealed(true);

        assertThat(provider.canWrite()).isEqualTo(WriteAccess.UNKNOWN);
    }

    // --- Error classes ---

    private void stubAll(int status, String body) {
        vault.server()
                .stubFor(any(anyUrl())
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(status)
                                .withHeader("Content-Type", "application/json")
                                .withBody(body)));
    }

    @Test
    void sealedVaultIsTransient() {
        storeKey();
        VaultSecretProvider provider = tokenProvider("read");
        vault.sealed(true);

        assertThatThrownBy(provider::fetch)
                .isInstanceOfSatisfying(
                        SecretUnavailableException.class,
                        e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("Vault is sealed")
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void rateLimitStandbyAndServerErrorsAreTransient() {
        VaultSecretProvider provider = tokenProvider("read");
        for (int status : new int[] {429, 500, 502, 503, 412}) {
            stubAll(status, "{\"errors\":[\"something\"]}");
            assertThatThrownBy(provider::fetch)
                    .as("HTTP %d", status)
                    .isInstanceOf(SecretUnavailableException.class)
                    .hasMessageContaining("HTTP " + status);
        }
    }

    @Test
    void missingSecretIsNotFound() {
        VaultSecretProvider provider = tokenProvider("read");

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("KV version 2")
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void missingFieldNamesTheFieldsPresentButNoValue() {
        String key = LeakCanary.register(storeKey());
        VaultSecretProvider provider = provider(builder().jsonField("token"));
        env.put("VAULT_TOKEN", LeakCanary.register(vault.issueToken("read")));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("'api_key'")
                .hasMessageNotContaining(key)
                .satisfies(LeakCanary::assertNoLeak);
    }

    @Test
    void responseBodiesAreNeverCopiedIntoMessages() {
        VaultSecretProvider provider = tokenProvider("read", "update");
        String canary = LeakCanary.register(TestKeys.canary());
        for (int status : new int[] {400, 403, 404, 418, 500, 503}) {
            stubAll(status, "{\"errors\":[\"" + canary + "\"],\"data\":{\"data\":{\"api_key\":\"" + canary + "\"}}}");
            assertThatThrownBy(provider::fetch).as("HTTP %d", status).satisfies(LeakCanary::assertNoLeak);
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                    .as("HTTP %d", status)
                    .satisfies(LeakCanary::assertNoLeak);
        }
        stubAll(200, "not json " + canary);
        assertThatThrownBy(provider::fetch).satisfies(LeakCanary::assertNoLeak);
    }

    @Test
    void redirectFromAStandbyIsNotFollowedSoTheTokenStaysWithThisHost() {
        VaultSecretProvider provider = tokenProvider("read");
        vault.server()
                .stubFor(any(anyUrl())
                        .atPriority(1)
                        .willReturn(
                                aResponse().withStatus(307).withHeader("Location", "http://127.0.0.2:1/v1/elsewhere")));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("redirect");
    }

    @Test
    void connectionResetIsTransient() {
        VaultSecretProvider provider = tokenProvider("read");
        vault.server()
                .stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("could not reach Vault");
    }

    @Test
    void unreachableVaultIsTransient() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        env.put("VAULT_TOKEN", LeakCanary.register(vault.issueToken("read")));
        VaultSecretProvider provider = provider(builder().endpoint(URI.create("http://127.0.0.1:" + port)));

        assertThatThrownBy(provider::fetch).isInstanceOf(SecretUnavailableException.class);
    }

    @Test
    void slowVaultHitsTheCallDeadline() {
        VaultSecretProvider provider = provider(builder().callTimeout(Duration.ofMillis(200)));
        env.put("VAULT_TOKEN", LeakCanary.register(vault.issueToken("read")));
        vault.server()
                .stubFor(any(urlPathEqualTo("/v1/secret/data/prod/augno"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("deadline of 200 ms");
    }

    // --- Configuration ---

    @Test
    void addressComesFromVaultAddrAndMustBeNamed() {
        env.put("VAULT_ADDR", vault.endpoint());
        VaultSecretProvider.Builder noEndpoint = VaultSecretProvider.builder()
                .mount("secret")
                .path("prod/augno")
                .environment(env::get)
                .home(dir);
        assertThat(provider(noEndpoint).description()).contains(vault.endpoint());

        env.remove("VAULT_ADDR");
        assertThatThrownBy(noEndpoint::build)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VAULT_ADDR");
        env.put("VAULT_ADDR", "http://vault.example.com:8200");
        assertThatThrownBy(noEndpoint::build)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("plain http");
    }

    @Test
    void caBundleThatIsMissingOrNotPemIsAConfigurationError() throws IOException {
        env.put("VAULT_TOKEN", LeakCanary.register(vault.issueToken("read")));
        VaultSecretProvider missing = provider(builder().caCertificate(dir.resolve("absent.pem")));
        assertThatThrownBy(missing::fetch)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("absent.pem")
                .hasMessageContaining("does not exist");

        env.put("VAULT_CACERT", writeFile("bad.pem", "not a certificate").toString());
        VaultSecretProvider bad = provider(builder());
        assertThatThrownBy(bad::fetch)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bad.pem");
    }

    @Test
    void pathsThatCouldReachOtherEndpointsAreRefused() {
        assertThatThrownBy(() -> builder().path("../../sys/seal").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> builder().path("prod//augno").build()).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> builder().mount(" ").build()).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void keyPastedAsAPathOrFieldIsRefusedWithoutEchoingIt() {
        String key = LeakCanary.register(TestKeys.production());
        assertThatThrownBy(() -> builder().path("prod/" + key).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not shown")
                .satisfies(LeakCanary::assertNoLeak);
        assertThatThrownBy(() -> builder().jsonField(key))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(LeakCanary::assertNoLeak);
    }

    @Test
    void buildingContactsNothingAndCloseRefusesLaterCalls() {
        VaultSecretProvider provider = tokenProvider("read");
        assertThat(provider.clientsCreated()).isZero();
        provider.close();

        assertThatThrownBy(provider::fetch)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
        assertThat(vault.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void descriptionAndToStringNameTheSecretNotTheValue() {
        String key = LeakCanary.register(storeKey());
        VaultSecretProvider provider = tokenProvider("read");
        provider.fetch();

        assertThat(provider.description())
                .isEqualTo("vault://secret/prod/augno (latest version, " + vault.endpoint() + "/, token auth)#api_key");
        assertThat(provider.toString()).contains(provider.description()).doesNotContain(key);
    }
}
