package com.augno.sdk.secrets.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.gcp.SecretManagerServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code gcp-sm://} references: their forms, where the project and credentials are looked for (never
 * the metadata server), and the whole path over plaintext gRPC on a loopback port.
 */
class GcpSecretManagerSecretProviderFactoryTest {
    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private GcpSecretManagerSecretProviderFactory factory() {
        return new GcpSecretManagerSecretProviderFactory(new GcpEnvironment(env, home, home.resolve("product_name")));
    }

    private GcpSecretManagerSecretProvider create(String reference) {
        return (GcpSecretManagerSecretProvider) factory().create(SecretReference.parse(reference));
    }

    /** Credentials exist as far as the local check goes (never loaded by these tests). */
    private void withCredentialsFile(String json) throws Exception {
        Path file = home.resolve("sa.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        env.put("GOOGLE_APPLICATION_CREDENTIALS", file.toString());
    }

    @Test
    void serviceLoaderFindsTheGcpSmFactory() {
        List<SecretProviderFactory> factories = ServiceLoader.load(SecretProviderFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.schemes().contains("gcp-sm"))
                .collect(Collectors.toList());

        assertThat(factories).singleElement().isInstanceOf(GcpSecretManagerSecretProviderFactory.class);
    }

    @Test
    void fullFormNamesProjectSecretAndVersion() {
        GcpSecretManagerSecretProvider p =
                create("gcp-sm://projects/acme/secrets/augno/versions/3?endpoint=http://127.0.0.1:9#api_key");

        assertThat(p.project()).isEqualTo("acme");
        assertThat(p.secret()).isEqualTo("augno");
        assertThat(p.version()).isEqualTo("3");
        assertThat(p.jsonField()).contains("api_key");
        assertThat(p.description())
                .isEqualTo("gcp-sm://projects/acme/secrets/augno/versions/3#api_key (endpoint http://127.0.0.1:9)");
    }

    @Test
    void formsWithoutAVersionReadLatest() throws Exception {
        withCredentialsFile("{\"type\":\"service_account\"}");

        assertThat(create("gcp-sm://projects/acme/secrets/augno").version()).isEqualTo("latest");
        GcpSecretManagerSecretProvider shortForm = create("gcp-sm://acme/augno");
        assertThat(shortForm.project()).isEqualTo("acme");
        assertThat(shortForm.secret()).isEqualTo("augno");
        assertThat(shortForm.version()).isEqualTo("latest");
    }

    @Test
    void secretOnlyFormTakesTheProjectFromGoogleCloudProject() throws Exception {
        withCredentialsFile("{\"type\":\"service_account\",\"project_id\":\"from-file\"}");
        env.put("GOOGLE_CLOUD_PROJECT", "from-env");

        assertThat(create("gcp-sm://augno").project()).isEqualTo("from-env");
    }

    @Test
    void secretOnlyFormFallsBackToTheCredentialsFilesProject() throws Exception {
        withCredentialsFile("{\"type\":\"service_account\",\"project_id\":\"from-file\"}");

        assertThat(create("gcp-sm://augno").project()).isEqualTo("from-file");
    }

    @Test
    void secretOnlyFormReadsTheQuotaProjectOfGcloudCredentials() throws Exception {
        Path gcloud = home.resolve(".config/gcloud");
        Files.createDirectories(gcloud);
        Files.writeString(
                gcloud.resolve("application_default_credentials.json"),
                "{\"type\":\"authorized_user\",\"quota_project_id\":\"quota-proj\"}");

        assertThat(create("gcp-sm://augno").project()).isEqualTo("quota-proj");
    }

    @Test
    void missingProjectSaysWhereItLookedWithoutAskingTheMetadataServer() {
        assertThatThrownBy(() -> create("gcp-sm://augno?endpoint=http://127.0.0.1:9"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no Google Cloud project")
                .hasMessageContaining("GOOGLE_CLOUD_PROJECT (unset)")
                .hasMessageContaining("application_default_credentials.json (absent")
                .hasMessageContaining("metadata server is never asked");
    }

    @Test
    void missingCredentialsSaysWhereItLookedWithoutProbing() {
        env.put("NO_GCE_CHECK", "true");

        assertThatThrownBy(() -> create("gcp-sm://acme/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no Google Cloud credentials")
                .hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS (unset)")
                .hasMessageContaining("application_default_credentials.json (absent)")
                .hasMessageContaining("NO_GCE_CHECK=true")
                .hasMessageContaining("never probed");
    }

    @Test
    void missingCredentialsOffGoogleCloudNamesTheRuntimeSignalsLookedAt() throws Exception {
        Files.writeString(home.resolve("product_name"), "Standard PC (Q35 + ICH9, 2009)\n");

        assertThatThrownBy(() -> create("gcp-sm://acme/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("K_SERVICE")
                .hasMessageContaining("does not name Google");
    }

    @Test
    void aGoogleCloudRuntimeCountsAsCredentialsWithoutBeingAsked() throws Exception {
        Files.writeString(home.resolve("product_name"), "Google Compute Engine\n");
        assertThat(create("gcp-sm://acme/augno").project()).isEqualTo("acme");

        Files.delete(home.resolve("product_name"));
        env.put("K_SERVICE", "my-cloud-run-service");
        assertThat(create("gcp-sm://acme/augno").project()).isEqualTo("acme");
    }

    @Test
    void credentialsVariableNamingAMissingFileIsAClearError() {
        env.put("GOOGLE_APPLICATION_CREDENTIALS", home.resolve("nope.json").toString());

        assertThatThrownBy(() -> create("gcp-sm://acme/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nope.json, which is not a readable file");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gcp-sm://projects/acme/locations/eu/secrets/augno",
                "gcp-sm://projects/acme",
                "gcp-sm://projects/acme/secrets/augno/versions",
                "gcp-sm://a/b/c",
                "gcp-sm://acme/augno/versions/x",
                "gcp-sm://projects/acme/secrets/augno/versions/first",
                "gcp-sm://projects/Acme!/secrets/augno",
                "gcp-sm://projects/acme/secrets/au gno",
            })
    void malformedReferencesListTheAcceptedForms(String reference) {
        assertThatThrownBy(() -> create(reference))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Accepted forms")
                .hasMessageContaining("gcp-sm://projects/<project>/secrets/<secret>/versions/<version>");
    }

    @Test
    void unknownParameterIsRefused() {
        assertThatThrownBy(() -> create("gcp-sm://projects/acme/secrets/augno?region=eu"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter 'region'")
                .hasMessageContaining("endpoint");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://secretmanager.googleapis.com",
                "http://127.evil.example:80",
                "http://10.0.0.1:8080",
                "ftp://127.0.0.1:21",
                "http://127.0.0.1",
                "https://user@secretmanager.googleapis.com",
            })
    void unsafeOrMalformedEndpointsAreRefused(String endpoint) {
        assertThatThrownBy(() -> create("gcp-sm://projects/acme/secrets/augno?endpoint=" + endpoint))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("endpoint");
    }

    @Test
    void httpsEndpointKeepsTlsAndCredentials() throws Exception {
        withCredentialsFile("{\"type\":\"service_account\"}");

        GcpSecretManagerSecretProvider p = create(
                "gcp-sm://projects/acme/secrets/augno?endpoint=https://secretmanager.europe-west1.rep.googleapis.com");

        assertThat(p.settings().getEndpoint()).isEqualTo("secretmanager.europe-west1.rep.googleapis.com:443");
        assertThat(p.settings().getCredentialsProvider().getClass().getSimpleName())
                .isNotEqualTo("NoCredentialsProvider");
    }

    @Test
    void anHttpsEndpointOutsideGoogleIsRefusedSoTheTokenStaysHome() {
        assertThatThrownBy(() -> create("gcp-sm://projects/acme/secrets/augno?endpoint=https://attacker.example"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not one of gcp-sm's own endpoints");
    }

    @Test
    void plaintextLoopbackEndpointSendsNoCredentials() throws Exception {
        GcpSecretManagerSecretProvider p = create("gcp-sm://projects/acme/secrets/augno?endpoint=http://localhost:9");

        assertThat(p.settings().getCredentialsProvider().getCredentials()).isNull();
    }

    @Test
    void aKeyPastedAsTheReferenceIsRefusedWithoutEchoingIt() {
        String key = TestKeys.production();

        assertThatThrownBy(() -> create("gcp-sm://" + key))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void referenceOverALoopbackPortFetchesPutsAndFetchesAgain() throws Exception {
        try (SecretManagerServer server = SecretManagerServer.loopback()) {
            String old = TestKeys.production();
            server.fake().addVersion("acme", "augno", "{\"api_key\":\"" + old + "\",\"team\":\"payments\"}");
            server.fake()
                    .grant(
                            GcpSecretManagerSecretProvider.ADD_PERMISSION,
                            GcpSecretManagerSecretProvider.ACCESS_PERMISSION);
            String reference =
                    "gcp-sm://projects/acme/secrets/augno/versions/latest?endpoint=" + server.endpoint() + "#api_key";

            SecretProvider provider = factory().create(SecretReference.parse(reference));
            try {
                SecretValue first = provider.fetch();
                assertThat(first.reveal()).isEqualTo(old);
                assertThat(first.versionId()).contains("1");

                WritableSecretStore store = (WritableSecretStore) provider;
                assertThat(store.canWrite()).isEqualTo(WriteAccess.YES);
                String next = TestKeys.production();
                assertThat(store.put(SecretValue.of(next), PutOptions.none())).isEqualTo("2");

                SecretValue second = provider.fetch();
                assertThat(second.reveal()).isEqualTo(next);
                assertThat(second.versionId()).contains("2");
                assertThat(server.fake().value("acme", "augno", 2)).contains("\"team\":\"payments\"");
                LeakCanary.assertNoLeak(first, second, provider);
            } finally {
                provider.close();
            }
            // Created by the provider, so closed by it: later calls fail fast.
            assertThatThrownBy(provider::fetch).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void providerCreatesNothingUntilTheFirstFetch() throws Exception {
        try (SecretManagerServer server = SecretManagerServer.loopback()) {
            SecretProvider provider = factory()
                    .create(SecretReference.parse(
                            "gcp-sm://projects/acme/secrets/augno?endpoint=" + server.endpoint()));
            provider.close();

            assertThat(server.fake().calls("AccessSecretVersion")).isZero();
        }
    }

    @Test
    void secretProvidersFromUriReachesTheStoreThroughServiceLoader() throws Exception {
        try (SecretManagerServer server = SecretManagerServer.loopback()) {
            String key = TestKeys.sandbox();
            server.fake().addVersion("acme", "augno", key);

            try (SecretProvider provider = SecretProviders.fromUri(
                    "gcp-sm://projects/acme/secrets/augno/versions/latest?endpoint=" + server.endpoint())) {
                assertThat(provider).isInstanceOf(GcpSecretManagerSecretProvider.class);
                assertThat(provider.fetch().reveal()).isEqualTo(key);
            }
        }
    }

    @Test
    void concurrentFirstFetchesCreateOneClient() throws Exception {
        try (SecretManagerServer server = SecretManagerServer.loopback()) {
            String key = TestKeys.sandbox();
            server.fake().addVersion("acme", "augno", key);
            GcpSecretManagerSecretProvider provider =
                    create("gcp-sm://projects/acme/secrets/augno/versions/latest?endpoint=" + server.endpoint());
            int threads = 8;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        return provider.fetch().reveal();
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<String> r : results) {
                    assertThat(r.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(key);
                }
                assertThat(provider.clientsCreated()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
                provider.close();
            }
        }
    }
}
