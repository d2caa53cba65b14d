package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;

/**
 * Testing your own code offline with the kit: a stateful fake Augno API on loopback and an
 * in-memory store. The key is minted by the fake and never appears in the test. See
 * {@code docs/testing.md} for the JUnit 5 extension form.
 */
public final class TestKitExample {
    private TestKitExample() {}

    /** Shows a scoped key working on what it may read and refused on what it may not. */
    public static void main(String[] args) {
        try (FakeAugnoServer augno = FakeAugnoServer.builder().build().start()) {
            ApiKey key = augno.mintKey(KeyMode.PRODUCTION, "reporting", "units:read");
            try (AugnoClient client = AugnoClient.builder()
                    .secretProvider(InMemorySecretStore.of(key))
                    .baseUrl(augno.baseUrl())
                    .build()) {
                System.out.println(client.catalog().units().list().data().size() + " units");
                try {
                    client.sales().customers().list();
                } catch (PermissionDeniedException e) {
                    System.out.println("refused as expected: " + e.code().orElse("?"));
                }
            }
        }
    }
}
