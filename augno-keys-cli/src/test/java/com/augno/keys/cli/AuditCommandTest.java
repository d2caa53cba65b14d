package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.FakeAugnoServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code augno-keys audit --allow-ip} against a fake that records planted client IPs: a production
 * key used from outside the allowlist fails the run; allowlisted traffic does not.
 */
class AuditCommandTest {
    // The CLI itself calls from 127.0.0.1, so the allowlist holds it too.
    private static final String ALLOW = "203.0.113.0/24,127.0.0.1";

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .defaultMode(KeyMode.PRODUCTION)
            .trustForwardedFor(true)
            .onKeyMinted(LeakCanary::register)
            .build();

    private CliContext context;

    @BeforeEach
    void setUp() {
        context = new CliContext(
                name -> null,
                Map.of("AUGNO_ADMIN_SECRET", "memory://admin", "AUGNO_BASE_URL", server.baseUrl()),
                Clock.systemUTC(),
                ref -> {
                    if (!ref.equals("memory://admin")) {
                        throw new ConfigurationException("unknown test reference " + ref);
                    }
                    return server.adminKeyStore();
                });
    }

    @Test
    void aProductionKeyUsedFromOutsideTheAllowlistExitsOneWithTheFinding() throws Exception {
        ApiKey stray = server.mintKey("prod-worker", "units:read");
        callFrom(stray, "198.51.100.7");

        CliRun table = CliRun.run(context, "audit", "--allow-ip", ALLOW);
        CliRun json = CliRun.run(context, "audit", "--allow-ip", ALLOW, "--json");

        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(table.out()).contains("keys seen from unexpected IPs", server.keyId(stray), "HIGH");
        JsonNode findings = Json.MAPPER.readTree(json.out()).get("findings");
        assertThat(findings)
                .filteredOn(f -> f.get("rule").asText().equals("key_ip_mismatch"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.get("subject").asText()).isEqualTo(server.keyId(stray));
                    assertThat(f.get("severity").asText()).isEqualTo("high");
                    assertThat(f.get("evidence").get(0).asText()).startsWith("198.51.100.7 ");
                });
        LeakCanary.assertNoLeak(table.all(), json.all());
    }

    @Test
    void allowlistedProductionTrafficIsNoIpFinding() throws Exception {
        callFrom(server.mintKey("prod-worker", "units:read"), "203.0.113.5");

        CliRun json = CliRun.run(context, "audit", "--allow-ip", ALLOW, "--json", "--fail-on", "none");

        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
        assertThat(Json.MAPPER.readTree(json.out()).get("findings"))
                .noneMatch(f -> f.get("rule").asText().equals("key_ip_mismatch"));
    }

    private void callFrom(ApiKey key, String ip) {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .header("X-Forwarded-For", ip)
                        .build()))
                .build();
        try (AugnoClient c = AugnoClient.builder()
                .secretProvider(server.storeFor(key))
                .baseUrl(server.baseUrl())
                .okHttpClient(http)
                .maxRetries(0)
                .build()) {
            c.catalog().units().list();
        }
    }
}
