package com.augno.sdk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.StoreFault;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** KeyRotator against the fake Augno API and an in-memory store: every path ends with a working key. */
class KeyRotatorTest {
    private static final String ROTATE = "POST /v1/auth/api-keys/{id}/actions/rotate";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private final List<Duration> waits = new ArrayList<>();
    private AugnoClient admin;
    private ApiKey runtimeKey;
    private String keyId;
    private InMemorySecretStore store;

    @BeforeEach
    void setUp() {
        admin = adminClient(2);
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        store = server.storeFor(runtimeKey);
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    @Test
    void scheduledRotationStoresAndVerifiesTheNewKeyAndKeepsTheOldOneForTheOverlap() {
        RotationReport report = rotator().rotate(keyId, Duration.ofHours(24));

        assertThat(report.kind()).isEqualTo(RotationKind.SCHEDULED);
        assertThat(report.oldKeyId()).isEqualTo(keyId);
        assertThat(report.newKeyId()).isNotEqualTo(keyId).startsWith("apke_");
        assertThat(report.storeVersion()).isEqualTo("v2");
        assertThat(report.storeWriteAttempts()).isEqualTo(1);
        assertThat(report.verification()).isEqualTo(Verification.AUTHENTICATED_SCOPED);
        assertThat(report.recovery()).isEmpty();
        assertThat(Duration.between(report.startedAt(), report.oldKeyRevokesAt()))
                .isEqualTo(Duration.ofHours(24));
        ApiKeyInfo old = adminGet(keyId);
        assertThat(old.status(server.clock())).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(old.revokedAt()).contains(report.oldKeyRevokesAt());
        ApiKey stored = ApiKey.parse(store.current().orElseThrow(), "test");
        assertThat(stored.sameKeyAs(runtimeKey)).isFalse();
        assertThat(stored.redacted()).isEqualTo(report.newKeyRedacted());
        assertThat(callWith(runtimeKey)).isTrue();
        assertThat(callWith(stored)).isTrue();
        LeakCanary.assertNoLeak(report);
    }

    @Test
    void emergencyRotationRevokesTheOldKeyAtOnceAndStoresAWorkingOne() {
        RotationReport report = rotator().emergencyRotate(keyId);

        assertThat(report.kind()).isEqualTo(RotationKind.EMERGENCY);
        assertThat(report.verification()).isEqualTo(Verification.AUTHENTICATED_SCOPED);
        assertThat(adminGet(keyId).status(server.clock())).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(callWith(runtimeKey)).isFalse();
        assertThat(callWith(ApiKey.parse(store.current().orElseThrow(), "test")))
                .isTrue();
        LeakCanary.assertNoLeak(report);
    }

    @Test
    void anAdminKeyRotationIsVerifiedWithATwoHundred() {
        ApiKey adminKey = server.mintAdminKey(server.defaultMode(), "ops-automation");
        InMemorySecretStore adminStore = server.storeFor(adminKey);

        RotationReport report = KeyRotator.builder(admin, adminStore)
                .sleeper(waits::add)
                .build()
                .rotate(server.keyId(adminKey));

        assertThat(report.verification()).isEqualTo(Verification.AUTHENTICATED);
    }

    @Test
    void aStoreThatCannotCheckItsWriteAccessIsRefusedWithoutAFallbackStore() {
        store.setWriteAccess(WriteAccess.UNKNOWN);

        RotationPlan plan = rotator().plan(keyId, Duration.ofHours(24));

        assertThat(plan.ok()).isFalse();
        assertThat(plan.failedChecks())
                .singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("give a fallback store"));
    }

    @Test
    void aFallbackStoreThatRefusesWritesIsRefusedBeforeAnythingChanges() {
        InMemorySecretStore fallback =
                InMemorySecretStore.builder().name("fallback").build();
        fallback.setWriteAccess(WriteAccess.NO);

        RotationPrecheckException e = catchThrowableOfType(
                RotationPrecheckException.class,
                () -> KeyRotator.builder(admin, store)
                        .fallbackStore(fallback)
                        .sleeper(waits::add)
                        .build()
                        .rotate(keyId));

        assertThat(e).isNotNull();
        assertThat(e.plan().failedChecks())
                .extracting(RotationCheck::name)
                .containsExactly("fallback store is writable");
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
    }

    @Test
    void dryRunChecksEverythingAndChangesNothing() {
        store.setWriteAccess(WriteAccess.UNKNOWN);

        RotationPlan plan = KeyRotator.builder(admin, store)
                .fallbackStore(InMemorySecretStore.builder().name("fallback").build())
                .build()
                .plan(keyId, Duration.ofHours(24));

        assertThat(plan.ok()).isTrue();
        assertThat(plan.keyName()).contains("billing-sync");
        assertThat(plan.checks())
                .extracting(RotationCheck::name, RotationCheck::outcome)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("admin key can read the key", RotationCheck.Outcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple("store holds this key", RotationCheck.Outcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple("store is writable", RotationCheck.Outcome.UNKNOWN));
        assertThat(plan.steps()).isNotEmpty();
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
        assertThat(store.versions()).hasSize(1);
        LeakCanary.assertNoLeak(plan);
    }

    @Test
    void aStoreWriteThatFailsTwiceIsRetriedWithTheSameRequestToken() {
        store.failPuts(StoreFault.unavailable().times(2));

        RotationReport report = rotator().rotate(keyId);

        assertThat(report.storeWriteAttempts()).isEqualTo(3);
        assertThat(report.verification()).isEqualTo(Verification.AUTHENTICATED_SCOPED);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(store.versions()).hasSize(2);
    }

    @Test
    void aStoreWriteThatKeepsFailingThrowsWithTheNewSecretHeldAndLogsTheState() {
        store.failPuts(StoreFault.unavailable());

        RotationIncompleteException e = catchThrowableOfType(
                RotationIncompleteException.class, () -> rotator().rotate(keyId));

        assertThat(e).isNotNull();
        assertThat(e.state().newKeyId()).isPresent();
        assertThat(e.state().oldKeyRevokesAt()).isPresent();
        assertThat(e.state().error()).contains("writing the store failed");
        assertThat(e.getMessage()).contains(e.state().newKeyId().get());
        ApiKey held = e.unstoredSecret().orElseThrow();
        assertThat(held.redacted()).isEqualTo(e.state().newKeyRedacted().orElseThrow());
        LeakCanary.assertNoLeak(e, e.state(), held);
        // Nothing is lost: the caller writes the held secret elsewhere, and it works.
        InMemorySecretStore fallback =
                InMemorySecretStore.builder().name("fallback").build();
        fallback.put(held.toSecretValue(), PutOptions.none());
        assertThat(callWith(ApiKey.parse(fallback.current().orElseThrow(), "fallback")))
                .isTrue();
        // The old key still works until the overlap ends.
        assertThat(callWith(runtimeKey)).isTrue();
    }

    @Test
    void aPermanentStoreRefusalIsNotRetriedAndTheNewSecretIsHeld() {
        store.failPuts(StoreFault.accessDenied());

        RotationIncompleteException e = catchThrowableOfType(
                RotationIncompleteException.class, () -> rotator().rotate(keyId));

        assertThat(e).isNotNull();
        assertThat(waits).isEmpty(); // no backoff: access denied does not get better by waiting
        assertThat(e.state().recovery()).singleElement().asString().contains("permanent, not retried");
        ApiKey held = e.unstoredSecret().orElseThrow();
        LeakCanary.assertNoLeak(e, e.state(), held);
        assertThat(store.versions()).hasSize(1);
    }

    @Test
    void anUnknownRotateOutcomeIsRetriedWithTheSameIdempotencyKeyAndTheReplayedSecretIsUsed() {
        AugnoClient noRetries = adminClient(0);
        server.setReplayRevealsKeySecret(true);
        server.injectFault(ROTATE, Fault.serverError(503).afterProcessing().times(1));

        RotationReport report =
                KeyRotator.builder(noRetries, store).sleeper(waits::add).build().rotate(keyId);

        assertThat(report.recovery()).anyMatch(n -> n.contains("returned the new secret"));
        assertThat(server.creationCount(report.rotationId())).isEqualTo(1);
        assertThat(report.verification()).isEqualTo(Verification.AUTHENTICATED_SCOPED);
        assertThat(activeKeysNamed("billing-sync")).hasSize(2); // the old one (overlap) and the new one
        LeakCanary.assertNoLeak(report);
        noRetries.close();
    }

    @Test
    void anEmptyAnswerToRotateIsAnUnknownOutcomeToo() {
        AugnoClient noRetries = adminClient(0);
        server.setReplayRevealsKeySecret(true);
        server.injectFault(ROTATE, Fault.emptyBody().times(1));

        RotationReport report =
                KeyRotator.builder(noRetries, store).sleeper(waits::add).build().rotate(keyId);

        assertThat(report.recovery()).anyMatch(n -> n.contains("returned the new secret"));
        assertThat(server.creationCount(report.rotationId())).isEqualTo(1);
        noRetries.close();
    }

    @Test
    void anUnknownRotateOutcomeWithoutTheSecretRotatesTheOrphanAndStoresAWorkingKey() {
        AugnoClient noRetries = adminClient(0);
        server.setReplayRevealsKeySecret(false);
        server.injectFault(ROTATE, Fault.serverError(503).afterProcessing().times(1));

        RotationReport report =
                KeyRotator.builder(noRetries, store).sleeper(waits::add).build().rotate(keyId);

        assertThat(report.recovery())
                .anyMatch(n -> n.contains("without the new secret"))
                .anyMatch(n -> n.contains("orphaned new key"));
        ApiKey stored = ApiKey.parse(store.current().orElseThrow(), "test");
        assertThat(stored.redacted()).isEqualTo(report.newKeyRedacted());
        assertThat(callWith(stored)).isTrue();
        // The old key keeps its overlap; the orphan (whose secret nobody has) is revoked.
        assertThat(adminGet(keyId).status(server.clock())).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(activeKeysNamed("billing-sync"))
                .extracting(ApiKeyInfo::id)
                .containsExactlyInAnyOrder(keyId, report.newKeyId());
        LeakCanary.assertNoLeak(report);
        noRetries.close();
    }

    @Test
    void aRotateCallThatNeverAnswersLeavesNothingChangedWhenItDidNotTakeEffect() {
        AugnoClient noRetries = adminClient(0);
        server.injectFault(ROTATE, Fault.connectionReset());

        KeyRotationException e = catchThrowableOfType(
                KeyRotationException.class,
                () -> KeyRotator.builder(noRetries, store)
                        .sleeper(waits::add)
                        .build()
                        .rotate(keyId));

        assertThat(e).isNotNull().isNotInstanceOf(RotationIncompleteException.class);
        assertThat(e.getMessage()).contains("did not take effect");
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
        assertThat(store.versions()).hasSize(1);
        assertThat(callWith(runtimeKey)).isTrue();
        LeakCanary.assertNoLeak(e, e.state());
        noRetries.close();
    }

    @Test
    void aStoreHoldingAnotherKeyIsRefusedAndNothingChanges() {
        InMemorySecretStore wrong = server.storeFor(server.mintKey("other-service", "customers:read"));

        RotationPrecheckException e = catchThrowableOfType(
                RotationPrecheckException.class,
                () -> KeyRotator.builder(admin, wrong).build().rotate(keyId));

        assertThat(e).isNotNull();
        assertThat(e.plan().failedChecks()).extracting(RotationCheck::name).containsExactly("store holds this key");
        assertThat(e.getMessage()).contains("wrong key id or wrong store");
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
        assertThat(wrong.versions()).hasSize(1);
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void aPinnedReferenceIsRefused() {
        RotationPrecheckException e = catchThrowableOfType(
                RotationPrecheckException.class,
                () -> KeyRotator.builder(admin, store)
                        .storeReference(SecretReference.parse("aws-sm://prod/augno?region=eu-west-1&versionId=v-17"))
                        .build()
                        .rotate(keyId));

        assertThat(e).isNotNull();
        assertThat(e.plan().failedChecks()).extracting(RotationCheck::name).containsExactly("reference not pinned");
        assertThat(e.getMessage()).contains("versionId v-17");
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
        LeakCanary.assertNoLeak(e, e.plan(), e.state());
    }

    @Test
    void pinnedGoogleVersionsAreToldApartFromLatest() {
        assertThat(KeyRotator.pinnedReason(SecretReference.parse("gcp-sm://projects/acme/secrets/augno/versions/3")))
                .contains("version 3");
        assertThat(KeyRotator.pinnedReason(
                        SecretReference.parse("gcp-sm://projects/acme/secrets/augno/versions/latest")))
                .isEmpty();
        assertThat(KeyRotator.pinnedReason(SecretReference.parse("aws-sm://prod/augno?stage=AWSCURRENT")))
                .isEmpty();
        assertThat(KeyRotator.pinnedReason(SecretReference.parse("aws-sm://prod/augno?stage=AWSPREVIOUS")))
                .contains("stage AWSPREVIOUS");
    }

    @Test
    void anOverlapShorterThanTwiceRefreshPlusStaleWindowIsRefused() {
        RotationPrecheckException e = catchThrowableOfType(
                RotationPrecheckException.class, () -> rotator().rotate(keyId, Duration.ofHours(1)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("the overlap 1 h is shorter than 2 h 10 min");
        assertThat(e.plan().failedChecks()).extracting(RotationCheck::name).containsExactly("overlap");
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
        LeakCanary.assertNoLeak(e, e.plan(), e.state());
    }

    @Test
    void aKeyAlreadyBeingRotatedOutIsNotRotatedAgainOnSchedule() {
        rotator().rotate(keyId);

        RotationPlan again = KeyRotator.builder(admin, store).build().plan(keyId);

        assertThat(again.failedChecks())
                .filteredOn(c -> c.name().equals("key is active"))
                .singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("already being rotated out"));
    }

    @Test
    void revokeStopsAKeyAtOnce() {
        ApiKeyInfo info = rotator().revoke(keyId);

        assertThat(info.status(server.clock())).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(callWith(runtimeKey)).isFalse();
    }

    @Test
    void rotationStatusListsWhoStillUsesTheOldKey() {
        rotator().rotate(keyId);
        for (int i = 0; i < 3; i++) {
            assertThat(callWith(runtimeKey)).isTrue();
        }

        RotationStatus status = rotator().rotationStatus(keyId);

        assertThat(status.keyId()).isEqualTo(keyId);
        assertThat(status.status()).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(status.timeLeft()).isPresent();
        assertThat(status.usages()).isNotEmpty();
        KeyUsage usage = status.usages().get(0);
        assertThat(usage.clientIp()).contains("127.0.0.1");
        assertThat(usage.userAgent()).isPresent();
        assertThat(status.requestCount()).isGreaterThanOrEqualTo(3);
        assertThat(status.partial()).isFalse();
    }

    @Test
    void aLostAnswerToASelfRotationFollowedByA401ResendIsNeverReportedAsNothingChanged() {
        // The admin key rotates itself at once; the answer is lost after the server acted, the
        // transport resends the POST with the now revoked key and gets 401 api_key_revoked.
        ApiKey adminKey = server.mintAdminKey(server.defaultMode(), "ops-automation");
        InMemorySecretStore adminStore = server.storeFor(adminKey);
        server.injectFault(ROTATE, Fault.connectionReset().afterProcessing().times(1));

        try (AugnoClient self = AugnoClient.builder()
                .secretProvider(adminStore)
                .baseUrl(server.baseUrl())
                .maxRetries(2)
                .sleeper(d -> {})
                .build()) {
            KeyRotationException e = catchThrowableOfType(
                    KeyRotationException.class,
                    () -> KeyRotator.builder(self, adminStore)
                            .sleeper(waits::add)
                            .build()
                            .emergencyRotate(server.keyId(adminKey)));

            assertThat(e).isInstanceOf(RotationIncompleteException.class);
            assertThat(e.getMessage()).doesNotContain("nothing was changed").contains("outcome is unknown");
            assertThat(server.creationCount(e.state().rotationId())).isEqualTo(1);
            LeakCanary.assertNoLeak(e, e.state());
        }
    }

    @Test
    void aRefusalAnsweredAfterTheServerActedLeadsToTheOrphanNotToNothingChanged() {
        AugnoClient noRetries = adminClient(0);
        server.injectFault(
                ROTATE,
                Fault.error(409, "resource_conflict", false).afterProcessing().times(1));

        RotationReport report =
                KeyRotator.builder(noRetries, store).sleeper(waits::add).build().rotate(keyId);

        assertThat(report.recovery()).anyMatch(n -> n.contains("created by this rotation's idempotency key"));
        ApiKey stored = ApiKey.parse(store.current().orElseThrow(), "test");
        assertThat(callWith(stored)).isTrue();
        assertThat(activeKeysNamed("billing-sync"))
                .extracting(ApiKeyInfo::id)
                .containsExactlyInAnyOrder(keyId, report.newKeyId());
        noRetries.close();
    }

    @Test
    void aRefusalThatChangedNothingStillSaysSoAfterCheckingTheServer() {
        AugnoClient noRetries = adminClient(0);
        server.injectFault(ROTATE, Fault.error(409, "resource_conflict", false).times(1));

        KeyRotationException e = catchThrowableOfType(
                KeyRotationException.class,
                () -> KeyRotator.builder(noRetries, store)
                        .sleeper(waits::add)
                        .build()
                        .rotate(keyId));

        assertThat(e).isNotNull().isNotInstanceOf(RotationIncompleteException.class);
        assertThat(e.getMessage()).contains("Augno refused to rotate").contains("nothing was changed");
        assertThat(adminGet(keyId).revokedAt()).isEmpty();
        assertThat(store.versions()).hasSize(1);
        noRetries.close();
    }

    @Test
    void orphanRecoveryLeavesAnotherKeyWithTheSameNameAndRoleAlone() {
        ApiKey opsKey = server.mintAdminKey(server.defaultMode(), "ops");
        InMemorySecretStore opsStore = server.storeFor(opsKey);
        List<ApiKey> lookalike = new ArrayList<>();
        AugnoClient noRetries = adminClient(0);
        server.setReplayRevealsKeySecret(false);
        server.injectFault(ROTATE, Fault.serverError(503).afterProcessing().times(1));

        RotationReport report = KeyRotator.builder(noRetries, opsStore)
                .sleeper(d -> {
                    // While the rotator waits, someone creates another admin key named "ops".
                    if (lookalike.isEmpty()) {
                        lookalike.add(server.mintAdminKey(server.defaultMode(), "ops"));
                    }
                })
                .build()
                .rotate(server.keyId(opsKey));

        assertThat(report.recovery()).anyMatch(n -> n.contains("created by this rotation's idempotency key"));
        assertThat(callWith(lookalike.get(0))).isTrue();
        assertThat(adminGet(server.keyId(lookalike.get(0))).revokedAt()).isEmpty();
        assertThat(callWith(ApiKey.parse(opsStore.current().orElseThrow(), "test")))
                .isTrue();
        noRetries.close();
    }

    @Test
    void withoutTheAuditLogTwoLookalikeKeysAreBothLeftAloneAndTheRotationIsIncomplete() {
        ApiKey opsKey = server.mintAdminKey(server.defaultMode(), "ops");
        InMemorySecretStore opsStore = server.storeFor(opsKey);
        List<ApiKey> lookalike = new ArrayList<>();
        AugnoClient noRetries = adminClient(0);
        server.setReplayRevealsKeySecret(false);
        server.injectFault(ROTATE, Fault.serverError(503).afterProcessing().times(1));
        server.injectFault("GET /v1/core/audit-events", Fault.error(403, "insufficient_permissions", false));

        RotationIncompleteException e = catchThrowableOfType(
                RotationIncompleteException.class,
                () -> KeyRotator.builder(noRetries, opsStore)
                        .sleeper(d -> {
                            if (lookalike.isEmpty()) {
                                lookalike.add(server.mintAdminKey(server.defaultMode(), "ops"));
                            }
                        })
                        .build()
                        .rotate(server.keyId(opsKey)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("2 keys could be it").contains("none was touched");
        assertThat(activeKeysNamed("ops")).hasSize(3); // the old key (overlap), the orphan, the lookalike
        assertThat(callWith(lookalike.get(0))).isTrue();
        LeakCanary.assertNoLeak(e, e.state());
        noRetries.close();
    }

    private KeyRotator rotator() {
        return KeyRotator.builder(admin, store).sleeper(waits::add).build();
    }

    private AugnoClient adminClient(int maxRetries) {
        return AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .maxRetries(maxRetries)
                .sleeper(d -> {})
                .build();
    }

    private ApiKeyInfo adminGet(String id) {
        return admin.request(
                        ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                                .addPathSegment(id)
                                .build(),
                        ApiKeyInfo.class)
                .data();
    }

    private List<ApiKeyInfo> activeKeysNamed(String name) {
        return admin
                .requestPage(
                        ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                                .query("q", name)
                                .query("statuses", List.of("active"))
                                .build(),
                        ApiKeyInfo.class)
                .autoPager()
                .stream()
                .filter(k -> k.name().equals(name))
                .toList();
    }

    /** Returns true when a call with {@code key} authenticates, false on a 401. */
    private boolean callWith(ApiKey key) {
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(InMemorySecretStore.of(key))
                .baseUrl(server.baseUrl())
                .maxRetries(0)
                .sleeper(d -> {})
                .build()) {
            client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/sales/customers")
                            .query("limit", 1)
                            .build(),
                    JsonNode.class);
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
