package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per {@code Idempotency-Key} rule of the real server, through real OkHttp: which methods
 * take part, the scope, the payload hash, reuse, concurrent use, replays and what releases a key.
 */
class IdempotencyRulesTest {
    private static final String CUSTOMERS = "/v1/sales/customers";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private Wire admin;
    private CustomerFixture customers;
    /** A valid customer create body. */
    private String acme;

    @BeforeEach
    void setUp() {
        admin = new Wire(server, server.adminKey().reveal());
        customers = Customers.seed(server);
        acme = customers.json("Acme");
    }

    private String customer(String name, String number) {
        Map<String, Object> body = customers.body(name);
        body.put("number", number);
        return CustomerFixture.json(body);
    }

    @AfterEach
    void cleanUp() {
        server.engine().beforeHandler(null);
        LeakCanary.assertLogsClean();
    }

    private static Map<String, String> key(String idempotencyKey) {
        return Map.of("OpenMRP-Version", Wire.VERSION, "Idempotency-Key", idempotencyKey);
    }

    private static boolean replayed(Wire.Answer a) {
        return "true".equals(a.headers.get("Idempotent-Replayed"));
    }

    private static void assertIdempotencyError(Wire.Answer a, int status, String code, boolean isTransient) {
        assertThat(a.status).as("%s", a).isEqualTo(status);
        assertThat(a.code()).isEqualTo(code);
        assertThat(a.type()).isEqualTo("idempotency_error");
        assertThat(a.param()).isEqualTo("Idempotency-Key");
        assertThat(a.isTransient()).isEqualTo(isTransient);
    }

    @Test
    void onlyPostAndPatchTakePart() {
        String id = admin.send("POST", CUSTOMERS, acme).body.get("id").asText();

        Wire.Answer get1 = admin.send("GET", CUSTOMERS + "/" + id, null, key("k-get"));
        Wire.Answer get2 = admin.send("GET", CUSTOMERS + "/" + id, null, key("k-get"));
        Wire.Answer delete1 = admin.send("DELETE", CUSTOMERS + "/" + id, null, key("k-delete"));
        Wire.Answer delete2 = admin.send("DELETE", CUSTOMERS + "/" + id, null, key("k-delete"));

        assertThat(get2.status).isEqualTo(200);
        assertThat(replayed(get1) || replayed(get2)).isFalse();
        assertThat(delete1.status).isEqualTo(200);
        assertThat(delete2.status).as("a DELETE runs again: %s", delete2).isEqualTo(410);
        assertThat(replayed(delete2)).isFalse();
    }

    @Test
    void theScopeIsActorTargetAccountMethodRouteAndKey() {
        Wire otherAdmin = new Wire(
                server,
                server.mintAdminKey(server.defaultMode(), "Second admin").reveal());

        Wire.Answer mine = admin.send("POST", CUSTOMERS, acme, key("k-scope"));
        Wire.Answer theirs = otherAdmin.send("POST", CUSTOMERS, acme, key("k-scope"));
        Wire.Answer otherRoute = admin.send("POST", "/v1/identity/roles", "{\"name\":\"Clerk\"}", key("k-scope"));
        Wire.Answer otherMethod = admin.send(
                "PATCH", CUSTOMERS + "/" + mine.body.get("id").asText(), "{\"name\":\"Acme\"}", key("k-scope"));

        assertThat(mine.status).isEqualTo(201);
        assertThat(theirs.status).as("another actor: %s", theirs).isEqualTo(201);
        assertThat(otherRoute.status).as("another route: %s", otherRoute).isEqualTo(201);
        assertThat(otherMethod.status).as("another method: %s", otherMethod).isEqualTo(200);
        assertThat(replayed(theirs) || replayed(otherRoute) || replayed(otherMethod))
                .isFalse();
        assertThat(server.creationCount("k-scope")).isEqualTo(3);
    }

    @Test
    void theBodyHashIncludesTheQuery() {
        admin.send("POST", CUSTOMERS, acme, key("k-query"));

        Wire.Answer a = admin.send("POST", CUSTOMERS + "?include=contact_info", acme, key("k-query"));

        assertIdempotencyError(a, 400, "validation_failed", false);
        assertThat(server.creationCount("k-query")).isEqualTo(1);
    }

    @Test
    void aReusedKeyWithAnotherPayloadIsValidationFailedOfTypeIdempotencyError() {
        admin.send("POST", CUSTOMERS, acme, key("k-reuse"));

        Wire.Answer a = admin.send("POST", CUSTOMERS, customers.json("Other"), key("k-reuse"));

        assertIdempotencyError(a, 400, "validation_failed", false);
        assertThat(server.creationCount("k-reuse")).isEqualTo(1);
    }

    @Test
    void concurrentUseIsIdempotencyInProgress() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        server.engine().beforeHandler(route -> {
            if (route.equals("POST " + CUSTOMERS) && first.getAndSet(false)) {
                arrived.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<Wire.Answer> held = background.submit(() -> admin.send("POST", CUSTOMERS, acme, key("k-busy")));
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

            Wire.Answer second = admin.send("POST", CUSTOMERS, acme, key("k-busy"));
            release.countDown();
            Wire.Answer firstAnswer = held.get(10, TimeUnit.SECONDS);
            Wire.Answer third = admin.send("POST", CUSTOMERS, acme, key("k-busy"));

            assertIdempotencyError(second, 409, "idempotency_in_progress", true);
            assertThat(firstAnswer.status).isEqualTo(201);
            assertThat(third.status).isEqualTo(201);
            assertThat(replayed(third)).isTrue();
            assertThat(server.creationCount("k-busy")).isEqualTo(1);
        } finally {
            release.countDown();
            background.shutdownNow();
        }
    }

    @Test
    void aReplayReturnsTheStoredStatusAndBodyWithIdempotentReplayed() {
        Wire.Answer created = admin.send("POST", CUSTOMERS, customer("Acme", "C-1"), key("k-1"));
        Wire.Answer replay = admin.send(
                "POST",
                CUSTOMERS,
                customer("Acme", "C-1"),
                Map.of("Augno-Version", Wire.VERSION, "Idempotency-Key", "k-1"));
        Wire.Answer refused = admin.send("POST", CUSTOMERS, customer("Copy", "C-1"), key("k-2"));
        Wire.Answer refusedAgain = admin.send("POST", CUSTOMERS, customer("Copy", "C-1"), key("k-2"));

        assertThat(replay.status).isEqualTo(201);
        assertThat(replay.body).isEqualTo(created.body);
        assertThat(replayed(created)).isFalse();
        assertThat(replayed(replay)).isTrue();
        assertThat(refused.status).isEqualTo(409);
        assertThat(refusedAgain.status).isEqualTo(409);
        assertThat(refusedAgain.body).isEqualTo(refused.body);
        assertThat(replayed(refusedAgain)).isTrue();
        assertThat(server.creationCount("k-1")).isEqualTo(1);
    }

    @Test
    void aResponseOver64KiBIsNotStored() {
        Map<String, Object> big = customers.body("Acme");
        big.put("note", "n".repeat(70 * 1024));
        String body = CustomerFixture.json(big);

        Wire.Answer first = admin.send("POST", CUSTOMERS, body, key("k-big"));
        Wire.Answer second = admin.send("POST", CUSTOMERS, body, key("k-big"));

        assertThat(first.status).isEqualTo(201);
        assertThat(second.status).isEqualTo(201);
        assertThat(replayed(second)).isFalse();
        assertThat(server.creationCount("k-big")).isEqualTo(2);
    }

    @Test
    void aRateLimitReleasesTheKey() {
        server.rateLimitNext(1, Duration.ofSeconds(1));

        Wire.Answer limited = admin.send("POST", CUSTOMERS, acme, key("k-429"));
        Wire.Answer retried = admin.send("POST", CUSTOMERS, acme, key("k-429"));

        assertThat(limited.status).isEqualTo(429);
        assertThat(limited.isTransient()).isTrue();
        assertThat(retried.status).isEqualTo(201);
        assertThat(replayed(retried)).isFalse();
        assertThat(server.creationCount("k-429")).isEqualTo(1);
    }

    @Test
    void aServerErrorReleasesTheKey() {
        AtomicBoolean crash = new AtomicBoolean(true);
        server.engine().beforeHandler(route -> {
            if (crash.getAndSet(false)) {
                throw new IllegalStateException("simulated crash in the handler");
            }
        });

        Wire.Answer crashed = admin.send("POST", CUSTOMERS, acme, key("k-500"));
        Wire.Answer retried = admin.send("POST", CUSTOMERS, acme, key("k-500"));

        assertThat(crashed.status).isEqualTo(500);
        assertThat(crashed.code()).isEqualTo("internal_error");
        assertThat(crashed.isTransient()).isTrue();
        assertThat(retried.status).as("%s", retried).isEqualTo(201);
        assertThat(replayed(retried)).isFalse();
        assertThat(server.creationCount("k-500")).isEqualTo(1);
    }
}
