package com.augno.sdk.secrets.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A small, stateful Azure Key Vault (secrets API) on WireMock over HTTPS, with a self-signed
 * certificate generated for this run (keytool) and trusted only by {@link #trustingClient()}.
 *
 * <p>Like the service: a request without a bearer token gets 401 with the Key Vault challenge
 * ({@code WWW-Authenticate: Bearer authorization=..., resource=https://vault.azure.net}); {@code GET
 * /secrets/{name}[/{version}]} returns the secret bundle ({@code value}, {@code id} ending in the
 * version, {@code attributes} with {@code enabled}, {@code exp}, {@code nbf} in epoch seconds) or
 * 404 {@code SecretNotFound}; a disabled version answers 403 {@code Forbidden/SecretDisabled};
 * {@code PUT /secrets/{name}} stores a new latest version. Tests add higher-priority stubs for other
 * faults.
 */
final class FakeKeyVault implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-key-vault";
    static final String TENANT = "00000000-0000-0000-0000-000000000000";
    static final String CHALLENGE = "Bearer authorization=\"https://login.microsoftonline.com/" + TENANT
            + "\", resource=\"https://vault.azure.net\"";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PASSWORD = "fake-key-vault-" + UUID.randomUUID();

    private final String token = "fake-token-" + UUID.randomUUID();
    private final Map<String, List<Version>> secrets = new LinkedHashMap<>();
    private final Path keyStore;
    private final WireMockServer server;
    private volatile String acceptedToken = token;

    /** One version of a secret and its attributes. */
    static final class Version {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final String value;
        boolean enabled = true;

        @Nullable
        Instant expires;

        @Nullable
        Instant notBefore;

        Version(String value) {
            this.value = value;
        }
    }

    FakeKeyVault() {
        this.keyStore = keyStore();
        this.server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(keyStore.toString())
                .keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD)
                .keystoreType("PKCS12")
                .extensions(this));
    }

    private static @Nullable Path generated;

    /**
     * A self-signed certificate for 127.0.0.1 and localhost, valid for this run only: generated once
     * per test JVM (keytool runs in a second JVM, slow on a busy machine) in a temporary directory
     * deleted when the JVM exits.
     */
    private static synchronized Path keyStore() {
        if (generated != null) {
            return generated;
        }
        Path store;
        try {
            Path dir = Files.createTempDirectory("fake-key-vault");
            dir.toFile().deleteOnExit();
            store = dir.resolve("fake-key-vault.p12");
            store.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            Process p = new ProcessBuilder(
                            keytool.toString(),
                            "-genkeypair",
                            "-alias",
                            "vault",
                            "-keyalg",
                            "EC",
                            "-groupname",
                            "secp256r1",
                            "-dname",
                            "CN=localhost",
                            "-ext",
                            "SAN=dns:localhost,ip:127.0.0.1",
                            "-validity",
                            "2",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            store.toString(),
                            "-storepass",
                            PASSWORD,
                            "-keypass",
                            PASSWORD)
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        generated = store;
        return store;
    }

    FakeKeyVault launch() {
        server.start();
        launchStubs();
        return this;
    }

    /** (Re)installs the stub that routes every call here, e.g. after a test reset the mappings. */
    void launchStubs() {
        server.stubFor(any(urlPathMatching("/.*"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(NAME)));
    }

    void shutdown() {
        server.stop();
    }

    WireMockServer server() {
        return server;
    }

    /** The vault URL, for {@code endpoint=}. */
    String endpoint() {
        return "https://127.0.0.1:" + server.httpsPort();
    }

    /** An OkHttp client that trusts this run's certificate, and nothing else. */
    OkHttpClient trustingClient() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            Certificate cert = keys.getCertificate("vault");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("vault", cert);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
            return new OkHttpClient.Builder()
                    .sslSocketFactory(ssl.getSocketFactory(), tm)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A static credential whose token this vault accepts. */
    TokenCredential credential() {
        return request -> Mono.just(
                new AccessToken(token, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)));
    }

    /** Makes the vault reject every token (as for a token of another tenant). */
    void rejectTokens() {
        acceptedToken = "another-" + UUID.randomUUID();
    }

    /** A builder for a provider of {@code vault/secret} on this vault, as tests configure it. */
    AzureKeyVaultSecretProvider.Builder provider(String secret) {
        return AzureKeyVaultSecretProvider.builder()
                .vaultName("acme-test")
                .secretName(secret)
                .endpoint(endpoint())
                .credential(credential())
                .okHttpClient(trustingClient())
                .disableChallengeResourceVerification();
    }

    synchronized Version setSecret(String name, String value) {
        Version v = new Version(value);
        secrets.computeIfAbsent(name, n -> new ArrayList<>()).add(v);
        return v;
    }

    synchronized @Nullable Version latest(String name) {
        List<Version> versions = secrets.get(name);
        return versions == null || versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    synchronized int versionCount(String name) {
        List<Version> versions = secrets.get(name);
        return versions == null ? 0 : versions.size();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        var request = serveEvent.getRequest();
        String auth = request.getHeader("Authorization");
        if (auth == null || !auth.equals("Bearer " + acceptedToken)) {
            return aResponse()
                    .withStatus(401)
                    .withHeader("WWW-Authenticate", CHALLENGE)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"error\":{\"code\":\"Unauthorized\",\"message\":\"AKV10000: Request is missing a"
                            + " Bearer or PoP token.\"}}")
                    .build();
        }
        String[] path = request.getUrl().replaceFirst("\\?.*", "").split("/");
        // "", "secrets", name[, version]
        if (path.length < 3 || !path[1].equals("secrets")) {
            return error(400, "BadParameter", "unknown path");
        }
        String name = path[2];
        if (request.getMethod().getName().equals("PUT")) {
            try {
                JsonNode body = MAPPER.readTree(request.getBodyAsString());
                Version v = setSecret(name, body.get("value").asText());
                return ok(bundle(name, v));
            } catch (IOException e) {
                return error(400, "BadParameter", "malformed body");
            }
        }
        String version = path.length > 3 ? path[3] : "";
        List<Version> versions = secrets.get(name);
        Version found = null;
        if (versions != null && !versions.isEmpty()) {
            if (version.isEmpty()) {
                found = versions.get(versions.size() - 1);
            } else {
                for (Version v : versions) {
                    if (v.id.equals(version)) {
                        found = v;
                    }
                }
            }
        }
        if (found == null) {
            return error(
                    404, "SecretNotFound", "A secret with (name/id) " + name + " was not found in this key vault.");
        }
        if (!found.enabled) {
            return json(
                    403,
                    "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Operation get is not allowed on a disabled"
                            + " secret.\",\"innererror\":{\"code\":\"SecretDisabled\"}}}");
        }
        return ok(bundle(name, found));
    }

    private ObjectNode bundle(String name, Version v) {
        ObjectNode b = MAPPER.createObjectNode();
        b.put("value", v.value);
        b.put("id", endpoint() + "/secrets/" + name + "/" + v.id);
        ObjectNode a = b.putObject("attributes");
        a.put("enabled", v.enabled);
        a.put("created", 1_700_000_000L);
        a.put("updated", 1_700_000_000L);
        a.put("recoveryLevel", "Recoverable+Purgeable");
        if (v.expires != null) {
            a.put("exp", v.expires.getEpochSecond());
        }
        if (v.notBefore != null) {
            a.put("nbf", v.notBefore.getEpochSecond());
        }
        b.putObject("tags");
        return b;
    }

    private static ResponseDefinition ok(JsonNode body) {
        return json(200, body.toString());
    }

    static ResponseDefinition error(int status, String code, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return json(status, root.toString());
    }

    private static ResponseDefinition json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("x-ms-request-id", UUID.randomUUID().toString())
                .withBody(body)
                .build();
    }
}
