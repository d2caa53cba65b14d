package com.augno.sdk.it;

import java.util.Map;

/** The modules the build publishes as jars, shared by the integration tests that check them. */
final class PublishedModules {
    /** Published jar modules and the module names their manifests must carry. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("augno-sdk-core", "com.augno.sdk.core"),
            Map.entry("augno-sdk-keys", "com.augno.sdk.keys"),
            Map.entry("augno-sdk-secrets-aws", "com.augno.sdk.secrets.aws"),
            Map.entry("augno-sdk-secrets-gcp", "com.augno.sdk.secrets.gcp"),
            Map.entry("augno-sdk-secrets-azure", "com.augno.sdk.secrets.azure"),
            Map.entry("augno-sdk-secrets-vault", "com.augno.sdk.secrets.vault"),
            Map.entry("augno-sdk-testing", "com.augno.sdk.testing"),
            Map.entry("augno-sdk-testing-cloud", "com.augno.sdk.testing.cloud"),
            Map.entry("augno-keys-cli", "com.augno.keys.cli"),
            Map.entry("augno-keys-rotation-aws", "com.augno.keys.rotation.aws"),
            Map.entry("augno-keys-rotation-gcp", "com.augno.keys.rotation.gcp"),
            Map.entry("augno-sdk-micrometer", "com.augno.sdk.micrometer"),
            Map.entry("augno-spring-boot-starter", "com.augno.spring.boot"));

    private PublishedModules() {}
}
