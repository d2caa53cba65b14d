package com.augno.sdk.testing;

import static com.augno.sdk.testing.Calls.delete;
import static com.augno.sdk.testing.Calls.get;
import static com.augno.sdk.testing.Calls.patch;
import static com.augno.sdk.testing.Calls.post;
import static com.augno.sdk.testing.Calls.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.ConflictException;
import com.augno.sdk.errors.InvalidRequestException;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.secrets.KeyMode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Roles, permission groups, account users, sandboxes, customers and units through {@link AugnoClient}. */
class ResourcesTest {
    @RegisterExtension
    static final FakeAugnoServer SERVER =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private static final RecordingSleeper SLEEPER = new RecordingSleeper();
    private static AugnoClient admin;
    private static AugnoClient production;

    @BeforeAll
    static void setUp() {
        admin = Calls.client(SERVER, SERVER.adminKeyStore(), SLEEPER);
        production = Calls.client(SERVER, SERVER.adminKey(KeyMode.PRODUCTION), SLEEPER);
    }

    @AfterAll
    static void tearDown() {
        admin.close();
        production.close();
    }

    @Test
    void rolesCanBeCreatedListedUpdatedAndDeleted() {
        JsonNode role = post(
                        admin,
                        "/v1/identity/roles",
                        Map.of("name", "Shipping clerk", "permissions", List.of("shipments:read")))
                .data();
        String id = role.get("id").asText();

        assertThat(role.get("type").asText()).isEqualTo("user");
        assertThat(role.get("permissions").isNull()).isTrue();
        assertThat(get(admin, "/v1/identity/roles/" + id, "include", "permissions,owner")
                        .data()
                        .get("permissions")
                        .get(0)
                        .asText())
                .isEqualTo("shipments:read");
        assertThatThrownBy(() -> post(admin, "/v1/identity/roles", Map.of("name", "Shipping clerk")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(
                        () -> post(admin, "/v1/identity/roles", Map.of("name", "Bad", "permissions", List.of("x:y"))))
                .isInstanceOf(InvalidRequestException.class);
        // The API refuses an empty PATCH: re-sending the same name changes nothing.
        JsonNode updated = patch(
                        admin, "/v1/identity/roles/" + id + "?include=permissions", Map.of("name", "Shipping clerk"))
                .data();
        assertThat(updated.get("name").asText()).isEqualTo("Shipping clerk");
        delete(admin, "/v1/identity/roles/" + id);
        // A deleted resource is gone (410), not unknown (404).
        assertThatThrownBy(() -> get(admin, "/v1/identity/roles/" + id))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).contains("resource_gone"));
    }

    @Test
    void systemRolesCannotBeChanged() {
        String adminRole = get(admin, "/v1/identity/roles", "types", "admin")
                .data()
                .get("data")
                .get(0)
                .get("id")
                .asText();

        assertThatThrownBy(() -> patch(admin, "/v1/identity/roles/" + adminRole, Map.of("name", "Root")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void permissionCatalogListsGroupsWithNestedPermissionLists() {
        JsonNode groups = get(admin, "/v1/identity/permission-groups", "include", "owner")
                .data()
                .get("data");

        assertThat(groups.size()).isGreaterThan(2);
        JsonNode first = groups.get(0);
        assertThat(first.get("object").asText()).isEqualTo("permission_group");
        assertThat(first.get("owner").get("type").asText()).isEqualTo("system");
        assertThat(first.get("permissions").get("object").asText()).isEqualTo("list");
        assertThat(groups.toString()).contains("\"code\":\"customers\"");
    }

    @Test
    void accountUsersCarryRolesAndStatuses() {
        String roleId = post(
                        admin,
                        "/v1/identity/roles",
                        Map.of("name", "Auditor", "permissions", List.of("audit_events:read")))
                .data()
                .get("id")
                .asText();
        JsonNode user = post(
                        admin,
                        "/v1/identity/account-users?include=role",
                        Map.of("name", "Ada", "email", "ada@example.com", "role_id", roleId))
                .data();
        String id = user.get("id").asText();

        assertThat(user.get("role").get("name").asText()).isEqualTo("Auditor");
        assertThat(get(admin, "/v1/identity/account-users", "role_type", "user")
                        .data()
                        .get("data"))
                .hasSize(1);
        assertThatThrownBy(() -> delete(admin, "/v1/identity/roles/" + roleId)).isInstanceOf(ConflictException.class);
        assertThat(put(admin, "/v1/identity/account-users/" + id + "/actions/disable")
                        .data()
                        .get("status")
                        .asText())
                .isEqualTo("disabled");
        // role_id may be null (it clears the role); an explicit null needs a JSON tree, since maps drop nulls.
        com.fasterxml.jackson.databind.node.ObjectNode clearRole =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .putNull("role_id");
        assertThat(admin.request(
                                Calls.builder(
                                                com.augno.sdk.http.HttpMethod.PATCH,
                                                "/v1/identity/account-users/" + id + "?include=role")
                                        .body(clearRole)
                                        .build(),
                                JsonNode.class)
                        .data()
                        .get("role")
                        .isNull())
                .isTrue();
    }

    @Test
    void sandboxesAreManagedFromProductionOnly() {
        JsonNode sandbox = post(production, "/v1/core/sandboxes?include=owner_account", Map.of("name", "QA"))
                .data();
        String id = sandbox.get("id").asText();

        assertThat(id).startsWith("sbac_");
        assertThat(sandbox.get("owner_account").get("id").asText()).isEqualTo(SERVER.accountId(KeyMode.PRODUCTION));
        assertThat(get(production, "/v1/core/sandboxes", "q", "QA").data().get("data"))
                .hasSize(1);
        assertThatThrownBy(() -> get(admin, "/v1/core/sandboxes")).isInstanceOf(PermissionDeniedException.class);
        assertThat(delete(production, "/v1/core/sandboxes/" + id).statusCode()).isEqualTo(202);
        assertThatThrownBy(() -> delete(production, "/v1/core/sandboxes/" + id))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).contains("resource_gone"));
        assertThatThrownBy(() -> get(production, "/v1/core/sandboxes/" + id))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).contains("resource_gone"));
    }

    @Test
    void customersSupportCrudFiltersAndUniqueNumbers() {
        CustomerFixture customers = Customers.seed(SERVER);
        Map<String, Object> globex = customers.body("Globex");
        globex.put("email", "buy@globex.example");
        globex.put("status", "preferred");
        JsonNode created =
                post(admin, "/v1/sales/customers?include=contact_info", globex).data();
        String id = created.get("id").asText();

        assertThat(created.get("object").asText()).isEqualTo("customer");
        assertThat(created.get("number").asText()).startsWith("C-");
        assertThat(created.get("contact_info").get("email").asText()).isEqualTo("buy@globex.example");
        assertThat(get(admin, "/v1/sales/customers/" + id)
                        .data()
                        .get("contact_info")
                        .isNull())
                .isTrue();
        assertThat(get(admin, "/v1/sales/customers", "status_codes", "preferred,hold_all")
                        .data()
                        .toString())
                .contains(id);
        Map<String, Object> copy = customers.body("Copy");
        copy.put("number", created.get("number").asText());
        assertThatThrownBy(() -> post(admin, "/v1/sales/customers", copy)).isInstanceOf(ConflictException.class);
        Map<String, Object> noName = customers.body("Nameless");
        noName.remove("name");
        assertThatThrownBy(() -> post(admin, "/v1/sales/customers", noName))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains("missing_field");
                    assertThat(e.param()).contains("name");
                });
        assertThat(patch(admin, "/v1/sales/customers/" + id, Map.of("status", "hold_all"))
                        .data()
                        .get("status")
                        .asText())
                .isEqualTo("hold_all");
        delete(admin, "/v1/sales/customers/" + id);
        // A deleted resource is gone (410), not unknown (404).
        assertThatThrownBy(() -> get(admin, "/v1/sales/customers/" + id))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).contains("resource_gone"));
    }

    @Test
    void unitsMixSystemAndAccountUnits() {
        JsonNode created = post(
                        admin,
                        "/v1/catalog/units?include=owner",
                        Map.of(
                                "name", "Pallet",
                                "abbreviation", "plt",
                                "type", "quantity",
                                "ratio_numerator", "48",
                                "ratio_denominator", "1",
                                "offset_numerator", "0",
                                "offset_denominator", "1"))
                .data();

        assertThat(created.get("owner").get("type").asText()).isEqualTo("account");
        assertThat(created.get("is_base_unit").asBoolean()).isFalse();
        JsonNode quantity = get(admin, "/v1/catalog/units", "type", "quantity", "include", "owner")
                .data()
                .get("data");
        assertThat(quantity.toString())
                .contains("\"Pallet\"")
                .contains("\"Each\"")
                .contains("\"system\"");
        String systemId = quantity.get(quantity.size() - 1).get("id").asText();
        assertThatThrownBy(() -> patch(admin, "/v1/catalog/units/" + systemId, Map.of("name", "Piece")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> post(
                        admin,
                        "/v1/catalog/units",
                        Map.of(
                                "name", "Broken",
                                "abbreviation", "brk",
                                "type", "mass",
                                "ratio_numerator", "1",
                                "ratio_denominator", "0",
                                "offset_numerator", "0",
                                "offset_denominator", "1")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("ratio_denominator"));
        delete(admin, "/v1/catalog/units/" + created.get("id").asText());
    }

    @Test
    void faviconUploadAcceptsOnlyTheActingAccount() {
        String own = SERVER.accountId(SERVER.defaultMode());

        assertThat(put(admin, "/v1/identity/accounts/" + own + "/favicon").statusCode())
                .isEqualTo(200);
        assertThatThrownBy(() -> put(admin, "/v1/identity/accounts/ac_other/favicon"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertThatThrownBy(() -> get(admin, "/v1/nowhere")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> put(admin, "/v1/sales/customers"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).contains("method_not_allowed"));
    }
}
