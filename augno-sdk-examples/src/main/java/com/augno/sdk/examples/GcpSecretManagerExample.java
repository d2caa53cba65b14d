package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.secrets.KeyMode;

/**
 * The key in Google Cloud Secret Manager, latest enabled version. Needs
 * {@code com.augno:augno-sdk-secrets-gcp} on the class path; credentials come from Application
 * Default Credentials (Workload Identity on GKE). See {@code docs/gcp.md}.
 */
public final class GcpSecretManagerExample {
    private GcpSecretManagerExample() {}

    /** Prints the first page of units. */
    public static void main(String[] args) {
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(SecretProviders.fromUri("gcp-sm://projects/acme/secrets/augno-key/versions/latest"))
                .keyMode(KeyMode.PRODUCTION)
                .build()) {
            client.catalog().units().list().data().forEach(unit -> System.out.println(unit.name()));
        }
    }
}
