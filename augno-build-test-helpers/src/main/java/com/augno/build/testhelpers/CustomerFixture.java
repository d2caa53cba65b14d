package com.augno.build.testhelpers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The records a customer create needs on the fake (a customer type group, a carrier, a payment term
 * and a shipping term) and valid create bodies that point at them: the API requires all of them, and
 * the fake checks that the ids name live records. Seed once per account, then build as many bodies
 * as needed. This module depends on nothing of ours, so the fake is reached through its seeder,
 * e.g. {@code (path, fields) -> augno.seed(KeyMode.SANDBOX, path, fields)}.
 */
public final class CustomerFixture {
    private final String typeGroupId;
    private final String carrierId;
    private final String paymentTermId;
    private final String shippingTermId;

    private CustomerFixture(BiFunction<String, Map<String, ?>, String> seeder) {
        this.typeGroupId = seeder.apply("/v1/sales/account-groups", Map.of("name", "Wholesale", "type", "type_group"));
        this.carrierId = seeder.apply("/v1/operations/carriers", Map.of("name", "UPS"));
        this.paymentTermId = seeder.apply("/v1/finance/payment-terms", Map.of("name", "Net 30"));
        this.shippingTermId =
                seeder.apply("/v1/operations/shipping-terms", Map.of("name", "FOB", "type", "carrier_rate_freight"));
    }

    /**
     * Seeds the records a customer points at through {@code seeder} (collection path and fields in,
     * new id out) and returns the fixture.
     */
    public static CustomerFixture seed(BiFunction<String, Map<String, ?>, String> seeder) {
        return new CustomerFixture(Objects.requireNonNull(seeder, "seeder == null"));
    }

    /** Returns the id of the seeded account group of type {@code type_group}. */
    public String typeGroupId() {
        return typeGroupId;
    }

    /** Returns the id of the seeded carrier. */
    public String carrierId() {
        return carrierId;
    }

    /** Returns the id of the seeded payment term. */
    public String paymentTermId() {
        return paymentTermId;
    }

    /** Returns the id of the seeded shipping term. */
    public String shippingTermId() {
        return shippingTermId;
    }

    /** Returns a valid create body (a mutable map, in field order) for a customer named {@code name}. */
    public Map<String, Object> body(String name) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("name", "Dock 4");
        address.put("country", "US");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", name);
        b.put("customer_type_group_id", typeGroupId);
        b.put("default_carrier_id", carrierId);
        b.put("default_payment_term_id", paymentTermId);
        b.put("default_shipping_term_id", shippingTermId);
        b.put("bill_to_address", address);
        b.put("ship_to_address", new LinkedHashMap<>(address));
        return b;
    }

    /** Returns {@link #body(String)} as JSON text. */
    public String json(String name) {
        return json(body(name));
    }

    /** Writes a body of strings and nested maps of strings as JSON text. */
    @SuppressWarnings("unchecked")
    public static String json(Map<String, ?> body) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, ?> e : body.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(quote(e.getKey())).append(':');
            Object v = e.getValue();
            if (v instanceof Map) {
                sb.append(json((Map<String, ?>) v));
            } else if (v == null) {
                sb.append("null");
            } else {
                sb.append(quote(String.valueOf(v)));
            }
        }
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
