package com.augno.sdk.secrets;

import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import java.net.URI;
import java.util.Set;

/**
 * A third-party-style factory registered through the test class path's
 * {@code META-INF/services}: scheme {@code fake-sm}, an {@code endpoint=} checked by the shared
 * rule, {@code #field} through the shared JSON helper. Proves the SPI path end to end.
 */
public final class FakeStoreFactory implements SecretProviderFactory {
    /** The secret every fake-sm provider returns; set by the test. */
    static volatile String stored = "";

    public FakeStoreFactory() {}

    @Override
    public Set<String> schemes() {
        return Set.of("fake-sm");
    }

    @Override
    public SecretProvider create(SecretReference reference) {
        reference.requireOnlyParameters(Set.of("endpoint"));
        URI endpoint = reference
                .parameter("endpoint")
                .map(e -> StoreEndpoints.parse(
                        e,
                        reference.toString(),
                        StoreEndpoints.Policy.builder("fake-sm").build()))
                .orElse(URI.create("https://fake.example"));
        String description = "fake-sm://" + reference.target() + " (" + endpoint + ")"
                + reference.jsonField().map(f -> "#" + f).orElse("");
        return new SecretProvider() {
            @Override
            public SecretValue fetch() {
                SecretValue v = SecretValue.of(stored);
                return reference.jsonField().isPresent()
                        ? JsonSecrets.extractField(v, reference.jsonField().get(), description)
                        : v;
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
