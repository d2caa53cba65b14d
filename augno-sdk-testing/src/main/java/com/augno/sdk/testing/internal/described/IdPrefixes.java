package com.augno.sdk.testing.internal.described;

import java.util.Locale;
import java.util.Map;

/**
 * The id prefix of a model's records: the prefixes seen on the live API where known, else the
 * first two letters of each word of the model's name (at most four words).
 */
final class IdPrefixes {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("APIKey", "apke"),
            Map.entry("Role", "rl"),
            Map.entry("RequestLog", "rq"),
            Map.entry("AuditEvent", "ae"),
            Map.entry("Sandbox", "sbac"),
            Map.entry("Account", "ac"),
            Map.entry("Customer", "ac"),
            Map.entry("AccountUser", "acus"),
            Map.entry("User", "us"),
            Map.entry("Unit", "un"),
            Map.entry("UnitGroup", "ug"),
            Map.entry("Address", "ad"),
            Map.entry("AccountGroup", "acgp"),
            Map.entry("Carrier", "cr"),
            Map.entry("ServiceLevel", "crop"),
            Map.entry("PaymentTerm", "pytm"),
            Map.entry("ShippingTerm", "shtm"),
            Map.entry("Job", "jb"));

    private IdPrefixes() {}

    static String of(String model) {
        String known = KNOWN.get(model);
        if (known != null) {
            return known;
        }
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (int i = 0; i < model.length() && words < 4; i++) {
            char c = model.charAt(i);
            if (Character.isUpperCase(c) && (i == 0 || !Character.isUpperCase(model.charAt(i - 1)))) {
                words++;
                sb.append(c);
                if (i + 1 < model.length()) {
                    sb.append(model.charAt(i + 1));
                }
            }
        }
        return sb.length() == 0 ? "obj" : sb.toString().toLowerCase(Locale.ROOT);
    }
}
