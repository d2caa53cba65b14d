package com.augno.sdk.api.identity;

import static com.augno.sdk.internal.resources.ResourceTestKit.created;
import static com.augno.sdk.internal.resources.ResourceTestKit.fixture;
import static com.augno.sdk.internal.resources.ResourceTestKit.withBodyHeaders;
import static com.augno.sdk.internal.resources.ResourceTestKit.withStandardHeaders;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdentityServicesTest {
    private static final String ROLES = "/v1/identity/roles";
    private static final String RID = "rl_01gf7a8200er3ar3pkfrb6kk29";

    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private final String key = ResourceTestKit.newKey();
    private AugnoClient client;

    @BeforeEach
    void setUp() {
        client = ResourceTestKit.client(server, key);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void roleListSendsTypesAndIncludeAndDecodesTheExample() {
        server.stubFor(get(urlPathEqualTo(ROLES)).willReturn(okJson(fixture("get-identity-roles-200.json"))));

        List<Role> roles = client.identity()
                .roles()
                .list(RoleListParams.builder()
                        .types("admin", "auditor")
                        .include(RoleInclude.PERMISSIONS, RoleInclude.OWNER_ACCOUNT)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(ROLES)), key)
                .withQueryParam("types", equalTo("admin,auditor"))
                .withQueryParam("include", equalTo("permissions,owner.account")));
        assertThat(roles).hasSize(1);
        Role r = roles.get(0);
        assertThat(r.id()).isEqualTo(RID);
        assertThat(r.name()).isEqualTo("Admin");
        assertThat(r.type().known()).contains(RoleType.Known.ADMIN);
        assertThat(r.permissions()).contains("customers:create");
        assertThat(r.createdAt()).isEqualTo(Instant.parse("2026-05-10T00:00:00Z"));
    }

    @Test
    void roleGetSendsIncludeAndDecodes() {
        server.stubFor(
                get(urlPathEqualTo(ROLES + "/" + RID)).willReturn(okJson(fixture("get-identity-roles-id-200.json"))));

        Role r = client.identity()
                .roles()
                .get(RID, RoleGetParams.builder().include(RoleInclude.OWNER).build());

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo(ROLES + "/" + RID)), key)
                .withQueryParam("include", equalTo("owner")));
        assertThat(r.owner()).hasValueSatisfying(o -> {
            assertThat(o.type()).isEqualTo(com.augno.sdk.api.core.OwnerType.ACCOUNT);
            assertThat(o.account().map(a -> a.name())).contains("Acme Inc.");
        });
    }

    @Test
    void roleCreateSendsNameAndPermissions() {
        server.stubFor(post(urlPathEqualTo(ROLES)).willReturn(created("post-identity-roles-201.json")));

        Role r = client.identity()
                .roles()
                .create(RoleCreateParams.builder()
                        .name("Key auditors")
                        .permissions("request_logs:read", "audit_events:read")
                        .include(RoleInclude.PERMISSIONS)
                        .build());

        server.verify(withBodyHeaders(postRequestedFor(urlPathEqualTo(ROLES)), key)
                .withQueryParam("include", equalTo("permissions"))
                .withRequestBody(equalToJson(
                        "{\"name\":\"Key auditors\",\"permissions\":[\"request_logs:read\",\"audit_events:read\"]}")));
        assertThat(r.id()).isEqualTo(RID);
    }

    @Test
    void roleUpdateWithAnEmptyPermissionListRemovesEveryGrant() {
        server.stubFor(patch(urlPathEqualTo(ROLES + "/" + RID))
                .willReturn(okJson(fixture("patch-identity-roles-id-200.json"))));

        Role r = client.identity()
                .roles()
                .update(RID, RoleUpdateParams.builder().permissions(List.of()).build());

        server.verify(withBodyHeaders(patchRequestedFor(urlPathEqualTo(ROLES + "/" + RID)), key)
                .withRequestBody(equalToJson("{\"permissions\":[]}")));
        assertThat(r.name()).isEqualTo("Admin");
    }

    @Test
    void roleUpdateWithOnlyANameLeavesPermissionsOut() {
        server.stubFor(patch(urlPathEqualTo(ROLES + "/" + RID))
                .willReturn(okJson(fixture("patch-identity-roles-id-200.json"))));

        client.identity()
                .roles()
                .update(RID, RoleUpdateParams.builder().name("Renamed").build());

        server.verify(patchRequestedFor(urlPathEqualTo(ROLES + "/" + RID))
                .withRequestBody(equalToJson("{\"name\":\"Renamed\"}")));
    }

    @Test
    void roleDeleteSendsDelete() {
        server.stubFor(delete(urlPathEqualTo(ROLES + "/" + RID))
                .willReturn(okJson(fixture("delete-identity-roles-id-200.json"))));

        client.identity().roles().delete(RID);

        server.verify(withStandardHeaders(deleteRequestedFor(urlPathEqualTo(ROLES + "/" + RID)), key));
    }

    @Test
    void permissionGroupsListDecodesTheNestedPermissionList() {
        server.stubFor(get(urlPathEqualTo("/v1/identity/permission-groups"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"pg_1\",\"object\":\"permission_group\","
                        + "\"code\":\"customers\",\"name\":\"Customers\",\"description\":\"d\",\"owner\":null,"
                        + "\"permissions\":{\"object\":\"list\",\"data\":[{\"id\":\"pm_1\",\"object\":\"permission\","
                        + "\"code\":\"customers\",\"group\":\"customers\",\"name\":\"Customers\",\"description\":\"x\","
                        + "\"created_at\":\"2026-05-10T00:00:00Z\",\"updated_at\":\"2026-05-10T00:00:00Z\"}],"
                        + "\"page_info\":{\"has_next_page\":false,\"has_prev_page\":false}},"
                        + "\"created_at\":\"2026-05-10T00:00:00Z\",\"updated_at\":\"2026-05-10T00:00:00Z\"}],"
                        + "\"page_info\":{\"has_next_page\":false,\"has_prev_page\":false,\"next_page_url\":null}}")));

        List<PermissionGroup> groups = client.identity()
                .getPermissionGroups(IdentityGetPermissionGroupsParams.builder()
                        .q("cust")
                        .include(IdentityInclude.OWNER)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/identity/permission-groups")), key)
                .withQueryParam("q", equalTo("cust"))
                .withQueryParam("include", equalTo("owner")));
        assertThat(groups.get(0).code()).isEqualTo("customers");
        assertThat(groups.get(0).permissions().data().get(0).group()).isEqualTo("customers");
        // PermissionGroupService.allPermissions() is gone (a convenience on top of the call; listed).
    }

    @Test
    void accountUserListFiltersByRoleTypeAndDecodesTheExample() {
        server.stubFor(get(urlPathEqualTo("/v1/identity/account-users"))
                .willReturn(okJson(fixture("get-identity-account-users-200.json")
                        .replace("\"has_next_page\": true", "\"has_next_page\": false"))));

        List<AccountUser> users = client.identity()
                .accountUsers()
                .list(AccountUserListParams.builder()
                        .roleType(RoleType.ADMIN)
                        .removedScope(RemovedScope.INCLUDED)
                        .isCommissionEligible(false)
                        .include(AccountUserInclude.USER, AccountUserInclude.ROLE, AccountUserInclude.DEPARTMENT)
                        .build())
                .data();

        server.verify(withStandardHeaders(getRequestedFor(urlPathEqualTo("/v1/identity/account-users")), key)
                .withQueryParam("role_type", equalTo("admin"))
                .withQueryParam("removed_scope", equalTo("included"))
                .withQueryParam("is_commission_eligible", equalTo("false"))
                .withQueryParam("include", equalTo("user,role,department")));
        AccountUser u = users.get(0);
        assertThat(u.id()).isEqualTo("acus_01gf7a8200er3ar3pkfrb6kk29");
        assertThat(u.user().flatMap(User::email)).contains("john@augno.com");
        assertThat(u.user().map(User::id)).contains("us_01gf7a8200er3ar3pkfrb6kk29");
        assertThat(u.user().flatMap(User::emailVerifiedAt)).isPresent();
        assertThat(u.isCommissionEligible()).isFalse();
        assertThat(u.status()).isEqualTo(AccountUserStatus.ACTIVE);
        // AccountUser.isAdmin() is gone (a convenience on top of the data; listed): the role says it.
        assertThat(u.role().map(r -> r.type())).contains(RoleType.ADMIN);
        assertThat(u.user().flatMap(User::username)).isEmpty();
        // preview.1's top-level person fields are gone; an old server's would land in additionalProperties.
        assertThat(u.additionalProperties()).doesNotContainKeys("name", "email", "username", "image_url");
    }

    @Test
    void accountUserGetAndAdminFilter() {
        server.stubFor(get(urlPathEqualTo("/v1/identity/account-users/acus_1"))
                .willReturn(okJson(fixture("get-identity-account-users-id-200.json"))));
        server.stubFor(get(urlPathEqualTo("/v1/identity/account-users"))
                .willReturn(okJson(fixture("get-identity-account-users-200.json")
                        .replace("\"has_next_page\": true", "\"has_next_page\": false"))));

        AccountUser u = client.identity()
                .accountUsers()
                .get(
                        "acus_1",
                        AccountUserGetParams.builder()
                                .include(AccountUserInclude.ROLE)
                                .build());
        // AccountUserService.admins() is gone (listed): it was this list call with role_type=admin.
        List<AccountUser> admins = client
                .identity()
                .accountUsers()
                .list(AccountUserListParams.builder().roleType(RoleType.ADMIN).build())
                .autoPager()
                .stream()
                .toList();

        server.verify(getRequestedFor(urlPathEqualTo("/v1/identity/account-users/acus_1"))
                .withQueryParam("include", equalTo("role")));
        server.verify(getRequestedFor(urlPathEqualTo("/v1/identity/account-users"))
                .withQueryParam("role_type", equalTo("admin")));
        assertThat(u.user().flatMap(User::name)).contains("John Doe");
        assertThat(admins).extracting(AccountUser::id).containsExactly("acus_01gf7a8200er3ar3pkfrb6kk29");
    }
}
