package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.catalog.UnitCreateParams;
import com.augno.sdk.api.catalog.UnitListParams;
import com.augno.sdk.api.core.AuditAction;
import com.augno.sdk.api.core.AuditEvent;
import com.augno.sdk.api.core.AuditEventListParams;
import com.augno.sdk.api.core.RequestLog;
import com.augno.sdk.api.core.RequestLogGetParams;
import com.augno.sdk.api.core.RequestLogInclude;
import com.augno.sdk.api.core.RequestLogListParams;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.api.core.Sandbox;
import com.augno.sdk.api.core.SandboxCreateParams;
import com.augno.sdk.api.core.SandboxGetParams;
import com.augno.sdk.api.core.SandboxInclude;
import com.augno.sdk.api.core.Unit;
import com.augno.sdk.api.core.UnitType;
import com.augno.sdk.api.identity.AccountUser;
import com.augno.sdk.api.identity.AccountUserInclude;
import com.augno.sdk.api.identity.AccountUserListParams;
import com.augno.sdk.api.identity.Permission;
import com.augno.sdk.api.identity.RoleCreateParams;
import com.augno.sdk.api.identity.RoleListParams;
import com.augno.sdk.api.sales.AddressInput;
import com.augno.sdk.api.sales.Customer;
import com.augno.sdk.api.sales.CustomerCreateParams;
import com.augno.sdk.api.sales.CustomerListParams;
import com.augno.sdk.api.sales.CustomerStatus;
import com.augno.sdk.auth.ApiKeyCreateParams;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.auth.ApiKeyRotateParams;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.auth.CreatedApiKey;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.PutOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's typed services decode what the fake serves, and drive its behaviours. */
class TypedServicesTest {
    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private AugnoClient admin;

    @BeforeEach
    void setUp() {
        admin = Calls.client(server, server.adminKeyStore(), sleeper);
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    private Role adminRole() {
        return admin.identity()
                .roles()
                .list(RoleListParams.builder().types(RoleType.ADMIN.value()).build())
                .data()
                .get(0);
    }

    @Test
    void apiKeysLifecycleWithTypedService() {
        Role role = adminRole();
        assertThat(role.type()).isEqualTo(RoleType.ADMIN);
        CreatedApiKey created = admin.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder()
                        .name("billing-sync")
                        .roleId(role.id())
                        .include("role")
                        .build());
        InMemorySecretStore store = InMemorySecretStore.builder().clock(clock).build();
        created.storeIn(store, PutOptions.none());
        AugnoClient worker = Calls.client(server, store, sleeper);

        assertThat(created.info().role().orElseThrow().type()).isEqualTo(RoleType.ADMIN);
        assertThat(created.secret().redacted()).isEqualTo(created.info().redactedValue());
        assertThat(worker.catalog().units().list().data()).isNotEmpty();

        CreatedApiKey rotated = admin.auth()
                .apiKeys()
                .rotate(
                        created.info().id(),
                        ApiKeyRotateParams.builder()
                                .revokeAt(clock.instant().plus(Duration.ofHours(1)))
                                .build());
        ApiKeyInfo old = admin.auth().apiKeys().get(created.info().id());
        assertThat(old.status(clock)).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(old.isRevocationScheduled(clock.instant())).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(admin.auth().apiKeys().get(created.info().id()).status(clock))
                .isEqualTo(ApiKeyStatus.REVOKED);
        assertThatThrownBy(() -> worker.catalog().units().list()).isInstanceOf(AuthenticationException.class);

        rotated.storeIn(store, PutOptions.none());
        // The failed recovery above started the key cache's cool-down (1 s on the client's clock):
        // until it ends, refusals of the revoked key fail at once without a store fetch.
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.catalog().units().list().data()).isNotEmpty();

        admin.auth().apiKeys().revoke(rotated.info().id());
        List<String> revoked = admin
                .auth()
                .apiKeys()
                .list(ApiKeyListParams.builder().statuses(ApiKeyStatus.REVOKED).build())
                .autoPager()
                .stream()
                .map(ApiKeyInfo::id)
                .collect(Collectors.toList());
        assertThat(revoked)
                .containsExactlyInAnyOrder(created.info().id(), rotated.info().id());
        worker.close();
        LeakCanary.assertNoLeak(created, rotated, old, store);
    }

    @Test
    void rolesAndPermissionsWithTypedServices() {
        Role role = admin.identity()
                .roles()
                .create(RoleCreateParams.builder()
                        .name("Unit reader")
                        .permissions("units:read")
                        .include("permissions")
                        .build());
        CreatedApiKey key = admin.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder()
                        .name("unit-reader")
                        .roleId(role.id())
                        .build());

        try (AugnoClient reader = Calls.client(server, server.storeFor(key.secret()), sleeper)) {
            assertThat(reader.catalog()
                            .units()
                            .list(UnitListParams.builder().build())
                            .data())
                    .isNotEmpty();
            assertThatThrownBy(() -> reader.sales().customers().list()).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> reader.auth().apiKeys().list()).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(role.permissions()).containsExactly("units:read");
        assertThat(admin.identity().getPermissionGroups().autoPager().stream()
                        .flatMap(g -> g.permissions().data().stream())
                        .map(Permission::code))
                .contains("units");
    }

    @Test
    void customersAndUnitsWithTypedServices() {
        AddressInput address = AddressInput.builder().name("HQ").country("US").build();
        CustomerFixture refs = Customers.seed(server);
        for (int i = 1; i <= 3; i++) {
            admin.sales()
                    .customers()
                    .create(CustomerCreateParams.builder()
                            .name("Typed " + i)
                            .customerTypeGroupId(refs.typeGroupId())
                            .defaultCarrierId(refs.carrierId())
                            .defaultPaymentTermId(refs.paymentTermId())
                            .defaultShippingTermId(refs.shippingTermId())
                            .billToAddress(address)
                            .shipToAddress(address)
                            .status(CustomerStatus.PREFERRED)
                            .build());
        }

        List<Customer> all =
                admin
                        .sales()
                        .customers()
                        .list(CustomerListParams.builder().limit(2L).build())
                        .autoPager()
                        .stream()
                        .collect(Collectors.toList());
        Unit pallet = admin.catalog()
                .units()
                .create(UnitCreateParams.builder()
                        .name("Pallet")
                        .abbreviation("plt")
                        .type(UnitType.QUANTITY)
                        .ratioNumerator(new BigDecimal("48"))
                        .ratioDenominator(BigDecimal.ONE)
                        .offsetNumerator(BigDecimal.ZERO)
                        .offsetDenominator(BigDecimal.ONE)
                        .build());

        assertThat(all).extracting(Customer::name).containsExactly("Typed 3", "Typed 2", "Typed 1");
        assertThat(all.get(0).status()).isEqualTo(CustomerStatus.PREFERRED);
        assertThat(pallet.ratioNumerator()).isEqualByComparingTo("48");
        assertThat(admin.catalog().units().get(pallet.id()).type()).isEqualTo(UnitType.QUANTITY);
    }

    @Test
    void requestLogsAndAuditEventsWithTypedServices() {
        Role role = adminRole();
        CreatedApiKey created = admin.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder()
                        .name("ci")
                        .roleId(role.id())
                        .build());

        List<RequestLog> logs = admin.core()
                .requestLogs()
                .list(RequestLogListParams.builder()
                        .methods("POST")
                        .include("actor")
                        .build())
                .data();
        List<AuditEvent> events = admin.core()
                .auditEvents()
                .list(AuditEventListParams.builder()
                        .actions(AuditAction.CREATE.value())
                        .resourceTypes("api_key")
                        .include("changes", "actor")
                        .build())
                .data();

        assertThat(logs).hasSize(1);
        assertThat(logs.get(0).statusCode()).isEqualTo(201);
        assertThat(logs.get(0).actor().orElseThrow().handle())
                .contains(server.adminKey().redacted());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).resourceId()).isEqualTo(created.info().id());
        assertThat(events.get(0).changes().orElseThrow().data()).isNotEmpty();
        assertThat(admin.core()
                        .requestLogs()
                        .get(
                                logs.get(0).id(),
                                RequestLogGetParams.builder()
                                        .include(RequestLogInclude.RESPONSE_BODY)
                                        .build())
                        .responseBody())
                .isPresent();
        assertThat(admin.core().auditEvents().getResourceTypes().data()).contains("api_key");
    }

    @Test
    void sandboxesAndAccountUsersWithTypedServices() {
        try (AugnoClient production = Calls.client(server, server.adminKey(KeyMode.PRODUCTION), sleeper)) {
            Sandbox sandbox = production
                    .core()
                    .sandboxes()
                    .create(SandboxCreateParams.builder().name("QA").build());
            assertThat(production
                            .core()
                            .sandboxes()
                            .get(
                                    sandbox.id(),
                                    SandboxGetParams.builder()
                                            .include(SandboxInclude.OWNER_ACCOUNT)
                                            .build())
                            .ownerAccount())
                    .isPresent();
            assertThat(production.core().sandboxes().list().data())
                    .extracting(Sandbox::name)
                    .contains("QA", "Default sandbox");
        }
        List<AccountUser> admins = admin
                .identity()
                .accountUsers()
                .list(AccountUserListParams.builder()
                        .roleType(RoleType.ADMIN)
                        .include(AccountUserInclude.ROLE, AccountUserInclude.USER)
                        .build())
                .autoPager()
                .stream()
                .collect(Collectors.toList());
        assertThat(admins).isEmpty();
    }
}
