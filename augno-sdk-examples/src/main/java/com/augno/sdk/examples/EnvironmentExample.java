package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.Unit;

/**
 * Configuration without code: ops set {@code AUGNO_SECRET} (or {@code -Daugno.secret}) to a
 * reference, optionally {@code AUGNO_KEY_MODE}, {@code AUGNO_BASE_URL} and {@code AUGNO_ACCOUNT};
 * the code only asks for a client. See {@code docs/configuration.md}.
 */
public final class EnvironmentExample {
    private EnvironmentExample() {}

    /** Lists the units of the account whose key {@code AUGNO_SECRET} names. */
    public static void main(String[] args) {
        // e.g. AUGNO_SECRET=env://AUGNO_API_KEY (the default) or aws-sm://prod/augno#api_key
        try (AugnoClient client = AugnoClient.fromEnvironment()) {
            for (Unit unit : client.catalog().units().list().autoPager()) {
                System.out.println(unit.id() + "  " + unit.name());
            }
        }
    }
}
