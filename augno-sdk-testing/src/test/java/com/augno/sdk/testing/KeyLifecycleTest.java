package com.augno.sdk.testing;

import static com.augno.sdk.testing.Calls.delete;
import static com.augno.sdk.testing.Calls.get;
import static com.augno.sdk.testing.Calls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** API keys, roles and permissions, driven through {@link AugnoClient}. */
class KeyLifecycleTest {
    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<AugnoClient> clients = new ArrayList<>();
    private AugnoClient admin;

    @BeforeEach
    void setUp() {
        admin = track(Calls.client(server, server.adminKeyStore(), sleeper));
    }

    @AfterEach
    void tearDown() {
        clients.forEach(AugnoClient::close);
    }

    private AugnoClient track(AugnoClient c) {
        clients.add(c);
        return c;
    }

    private String adminRoleId() {
        JsonNode roles = get(admin, "/v1/identity/roles", "types", "admin").data();
        return roles.get("data").get(0).get("id").asText();
    }

    /** Creates a key through the API and returns its store (the secret goes straight into it). */
    private InMemorySecretStore createKey(String name, String roleId, Map<String, ?> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("name", name);
        body.put("role_id", roleId);
        JsonNode created = post(admin, "/v1/auth/api-keys", body).data();
        assertThat(created.get("object").asText()).isEqualTo("created_api_key");
        return InMemorySecretStore.of(
                SecretValue.of(created.get("api_key_secret").asText()));
    }

    private static String keyId(AugnoClient client, String name) {
        for (JsonNode k : get(client, "/v1/auth/api-keys", "q", name).data().get("data")) {
            return k.get("id").asText();
        }
        throw new AssertionError("no key named " + name);
    }

    @Test
    void adminKeyListsOnlyItsAccountsKeysWithRedactedValues() {
        JsonNode page = get(admin, "/v1/auth/api-keys", "include", "role").data();

        assertThat(page.get("object").asText()).isEqualTo("list");
        assertThat(page.get("data")).hasSize(1);
        JsonNode key = page.get("data").get(0);
        assertThat(key.get("redacted_value").asText())
                .isEqualTo(server.adminKey().redacted());
        assertThat(key.get("role").get("type").asText()).isEqualTo("admin");
        assertThat(key.get("role").get("permissions").isNull()).isTrue();
        assertThat(key.get("id").asText()).isEqualTo(server.keyId(server.adminKey()));
        assertThat(server.adminKey().mode()).isEqualTo(KeyMode.SANDBOX);
        assertThat(server.adminKey(KeyMode.PRODUCTION).mode()).isEqualTo(KeyMode.PRODUCTION);
        LeakCanary.assertNoLeak(page, server, admin, server.adminKey());
    }

    @Test
    void keyWhoseRoleLacksThePermissionGets403InsufficientPermissions() {
        AugnoClient reader = track(Calls.client(server, server.mintKey("reader", "units:read"), sleeper));

        assertThat(get(reader, "/v1/catalog/units").data().get("data").size()).isGreaterThan(0);
        assertThatThrownBy(() -> post(reader, "/v1/sales/customers", Map.of("name", "Acme")))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.code()).contains("insufficient_permissions");
                    assertThat(e.serverMessage().orElseThrow()).contains("customers:create");
                    assertThat(e.isTransient()).contains(false);
                });
        assertThat(server.requestCount("POST /v1/sales/customers")).isEqualTo(1);
    }

    @Test
    void keyManagementNeedsAnAdminTypeRole() {
        AugnoClient powerful = track(Calls.client(
                server, server.mintKey("powerful", "roles:read", "roles:create", "customers:create"), sleeper));

        assertThatThrownBy(() -> get(powerful, "/v1/auth/api-keys"))
                .isInstanceOfSatisfying(
                        PermissionDeniedException.class,
                        e -> assertThat(e.serverMessage().orElseThrow()).contains("admin"));
    }

    @Test
    void revokedKeyGets401ApiKeyRevokedAndIsNotTransient() {
        InMemorySecretStore store = createKey("worker", adminRoleId(), Map.of());
        AugnoClient worker = track(Calls.client(server, store, sleeper));
        get(worker, "/v1/catalog/units");
        String id = keyId(admin, "worker");

        delete(admin, "/v1/auth/api-keys/" + id);

        assertThatThrownBy(() -> get(worker, "/v1/catalog/units"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.code()).contains("api_key_revoked");
                    assertThat(e.isTransient()).contains(false);
                    LeakCanary.assertNoLeak(e);
                });
        JsonNode revoked =
                get(admin, "/v1/auth/api-keys", "statuses", "revoked").data().get("data");
        assertThat(revoked).hasSize(1);
        assertThat(revoked.get(0).get("revoked_at").asText()).isEqualTo("2026-03-01T10:00:00Z");
    }

    @Test
    void expiredKeyGets401ApiKeyExpired() {
        InMemorySecretStore store =
                createKey("short-lived", adminRoleId(), Map.of("expires_at", "2026-03-01T11:00:00Z"));
        AugnoClient worker = track(Calls.client(server, store, sleeper));
        get(worker, "/v1/catalog/units");

        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> get(worker, "/v1/catalog/units"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.code()).contains("api_key_expired");
                    assertThat(e.isTransient()).contains(false);
                });
        assertThat(get(admin, "/v1/auth/api-keys", "statuses", "expired").data().get("data"))
                .hasSize(1);
    }

    @Test
    void unknownKeyGets401InvalidCredentials() {
        InMemorySecretStore store = InMemorySecretStore.of(SecretValue.of(TestKeys.sandbox()));
        AugnoClient stranger = track(Calls.client(server, store, sleeper));

        assertThatThrownBy(() -> get(stranger, "/v1/catalog/units"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.code()).contains("invalid_credentials");
                    assertThat(e.isTransient()).contains(false);
                    LeakCanary.assertNoLeak(e);
                });
    }

    @Test
    void rotationWithRevokeAtKeepsTheOldKeyWorkingUntilThen() {
        InMemorySecretStore oldStore = createKey("runtime", adminRoleId(), Map.of());
        AugnoClient oldClient = track(Calls.client(server, oldStore, sleeper));
        String oldId = keyId(admin, "runtime");

        JsonNode rotated = post(
                        admin,
                        "/v1/auth/api-keys/" + oldId + "/actions/rotate",
                        Map.of("revoke_at", "2026-03-02T10:00:00Z"))
                .data();
        InMemorySecretStore newStore = InMemorySecretStore.of(
                SecretValue.of(rotated.get("api_key_secret").asText()));
        AugnoClient newClient = track(Calls.client(server, newStore, sleeper));

        assertThat(rotated.get("api_key_info").get("id").asText()).isNotEqualTo(oldId);
        assertThat(rotated.get("api_key_info").get("name").asText()).isEqualTo("runtime");
        get(oldClient, "/v1/catalog/units");
        get(newClient, "/v1/catalog/units");
        JsonNode old = get(admin, "/v1/auth/api-keys/" + oldId).data();
        assertThat(old.get("revoked_at").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(get(admin, "/v1/auth/api-keys", "statuses", "active", "q", "runtime")
                        .data()
                        .get("data"))
                .hasSize(2);

        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> get(oldClient, "/v1/catalog/units"))
                .isInstanceOfSatisfying(
                        AuthenticationException.class, e -> assertThat(e.code()).contains("api_key_revoked"));
        get(newClient, "/v1/catalog/units");
    }

    @Test
    void rotationWithoutRevokeAtRevokesTheOldKeyImmediately() {
        InMemorySecretStore oldStore = createKey("runtime", adminRoleId(), Map.of());
        AugnoClient oldClient = track(Calls.client(server, oldStore, sleeper));
        String oldId = keyId(admin, "runtime");

        post(admin, "/v1/auth/api-keys/" + oldId + "/actions/rotate", Map.of());

        assertThatThrownBy(() -> get(oldClient, "/v1/catalog/units"))
                .isInstanceOfSatisfying(
                        AuthenticationException.class, e -> assertThat(e.code()).contains("api_key_revoked"));
    }

    @Test
    void clientRecoversWhenTheStoreHoldsTheRotatedKey() {
        InMemorySecretStore store = createKey("runtime", adminRoleId(), Map.of());
        AugnoClient worker = track(Calls.client(server, store, sleeper));
        get(worker, "/v1/catalog/units");
        String oldId = keyId(admin, "runtime");

        JsonNode rotated = post(admin, "/v1/auth/api-keys/" + oldId + "/actions/rotate", Map.of())
                .data();
        store.put(SecretValue.of(rotated.get("api_key_secret").asText()), com.augno.sdk.secrets.PutOptions.none());

        assertThat(get(worker, "/v1/catalog/units").statusCode()).isEqualTo(200);
        assertThat(store.versionCount()).isEqualTo(2);
    }

    @Test
    void rotateReplayedWithTheSameIdempotencyKeyRevealsOrWithholdsTheSecret() {
        String oldId = server.keyId(server.mintAdminKey(KeyMode.SANDBOX, "ops"));
        RequestOptions sameKey =
                RequestOptions.builder().idempotencyKey("rotate-ops-1").build();
        String path = "/v1/auth/api-keys/" + oldId + "/actions/rotate";

        JsonNode first = post(admin, path, Map.of(), sameKey).data();
        var replay = post(admin, path, Map.of(), sameKey);
        server.setReplayRevealsKeySecret(false);
        var withheld = post(admin, path, Map.of(), sameKey);

        assertThat(replay.headers().idempotentReplayed()).isTrue();
        assertThat(replay.data().get("api_key_secret").asText())
                .isEqualTo(first.get("api_key_secret").asText());
        assertThat(withheld.headers().idempotentReplayed()).isTrue();
        assertThat(withheld.data().get("api_key_secret").isNull()).isTrue();
        assertThat(withheld.data().get("api_key_info").get("id").asText())
                .isEqualTo(first.get("api_key_info").get("id").asText());
        assertThat(server.creationCount("rotate-ops-1")).isEqualTo(1);
    }

    @Test
    void lastUsedAtIsSetOnFirstUseAndRefreshedAtMostDaily() {
        ApiKey key = server.mintKey("user", "units:read");
        AugnoClient worker = track(Calls.client(server, key, sleeper));
        String id = server.keyId(key);
        assertThat(get(admin, "/v1/auth/api-keys/" + id)
                        .data()
                        .get("last_used_at")
                        .isNull())
                .isTrue();

        get(worker, "/v1/catalog/units");
        clock.advance(Duration.ofHours(3));
        get(worker, "/v1/catalog/units");

        assertThat(get(admin, "/v1/auth/api-keys/" + id)
                        .data()
                        .get("last_used_at")
                        .asText())
                .isEqualTo("2026-03-01T10:00:00Z");
        clock.advance(Duration.ofDays(1));
        get(worker, "/v1/catalog/units");
        assertThat(get(admin, "/v1/auth/api-keys/" + id)
                        .data()
                        .get("last_used_at")
                        .asText())
                .isEqualTo("2026-03-02T13:00:00Z");
    }

    @Test
    void roleEditsReachExistingKeysImmediately() {
        AugnoClient worker = track(Calls.client(server, server.mintKey("worker", "units:read"), sleeper));
        assertThatThrownBy(() -> get(worker, "/v1/sales/customers")).isInstanceOf(PermissionDeniedException.class);
        String roleId = get(admin, "/v1/identity/roles", "q", "worker role")
                .data()
                .get("data")
                .get(0)
                .get("id")
                .asText();

        Calls.patch(admin, "/v1/identity/roles/" + roleId, Map.of("permissions", List.of("customers:read")));

        assertThat(get(worker, "/v1/sales/customers").statusCode()).isEqualTo(200);
    }
}
