package com.augno.sdk.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The platform's permission catalog as the fake serves it (codes from the live API notes). */
final class PermissionCatalog {
    private PermissionCatalog() {}

    /** A display group of permission codes. */
    static final class Group extends Model.Rec {
        final String code;
        final String name;
        final String description;
        final List<String> codes;

        Group(long seq, String code, String name, List<String> codes) {
            super("pg_" + code, seq);
            this.code = code;
            this.name = name;
            this.description = name + " permissions.";
            this.codes = codes;
        }
    }

    private static final List<Group> GROUPS = List.of(
            new Group(
                    1,
                    "sales",
                    "Sales",
                    List.of(
                            "customers",
                            "customer_groups",
                            "sales_orders",
                            "sales_targets",
                            "invoices",
                            "discounts",
                            "payment_terms",
                            "shipping_terms")),
            new Group(
                    2,
                    "catalog",
                    "Catalog",
                    List.of(
                            "items",
                            "item_categories",
                            "materials",
                            "parts",
                            "product_lines",
                            "properties",
                            "units",
                            "unit_groups")),
            new Group(
                    3,
                    "operations",
                    "Operations",
                    List.of(
                            "locations",
                            "machines",
                            "machine_downtime",
                            "production_runs",
                            "production_schedules",
                            "demand_overrides",
                            "priorities",
                            "scanners",
                            "shipments",
                            "carriers",
                            "purchase_orders",
                            "suppliers",
                            "addresses")),
            new Group(
                    4,
                    "administration",
                    "Administration",
                    List.of(
                            "roles",
                            "permissions",
                            "team",
                            "departments",
                            "self",
                            "sandboxes",
                            "request_logs",
                            "audit_events",
                            "jobs",
                            "alerts",
                            "email_logs",
                            "messaging")),
            new Group(5, "agents", "Agents", List.of("agents", "agent_runs", "agent_memories")));

    /** Every permission code. */
    static final Set<String> CODES;

    static {
        Set<String> codes = new TreeSet<>();
        for (Group g : GROUPS) {
            codes.addAll(g.codes);
        }
        CODES = Set.copyOf(codes);
    }

    /** The audit-event resource-type vocabulary the fake announces (a subset of the live one). */
    static final List<String> RESOURCE_TYPES = List.of(
            "account",
            "account_user",
            "address",
            "api_key",
            "customer",
            "invoice",
            "job",
            "material",
            "part",
            "product",
            "purchase_order",
            "role",
            "sales_order",
            "sales_order_line",
            "sandbox",
            "shipment",
            "supplier",
            "unit",
            "unit_group");

    static List<Group> groups() {
        return new ArrayList<>(GROUPS);
    }

    static String title(String code) {
        String s = code.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
