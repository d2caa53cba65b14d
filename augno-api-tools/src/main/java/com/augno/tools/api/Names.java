package com.augno.tools.api;

import java.util.Locale;

/** Name conversions shared by both front ends, so that both spell the same thing alike. */
final class Names {

    private Names() {}

    /** {@code APIKeys} to {@code apiKeys}, {@code UnitGroups} to {@code unitGroups}. */
    static String lowerCamel(String goName) {
        int upper = 0;
        while (upper < goName.length() && Character.isUpperCase(goName.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return goName;
        }
        if (upper == goName.length()) {
            return goName.toLowerCase(Locale.ROOT);
        }
        int cut = upper == 1 ? 1 : upper - 1;
        if (upper > 1 && goName.charAt(upper) == 's' && (upper + 1 == goName.length())) {
            cut = upper; // "IDs"
        }
        return goName.substring(0, cut).toLowerCase(Locale.ROOT) + goName.substring(cut);
    }

    /** {@code unitGroupID}, {@code unitGroupId} and {@code unit-group-id} to {@code unit_group_id}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_') {
                out.append('_');
            } else if (Character.isUpperCase(c)) {
                boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (i > 0 && !prevUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code unit-groups} to {@code unitGroups}; {@code api_keys} to {@code apiKeys}. */
    static String camelFromDashes(String segment) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : segment.toCharArray()) {
            if (c == '-' || c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    /** {@code owner_account} to {@code OwnerAccount}. */
    static String pascalFromSnake(String name) {
        String camel = camelFromDashes(name);
        return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }
}
