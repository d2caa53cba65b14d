package com.augno.sdk.architecture;

/**
 * Today's exceptions to the structure rules, by name. Each list only shrinks: the tests fail when an
 * entry is no longer needed, so an entry is removed in the change that fixes it.
 */
final class KnownViolations {
    /**
     * Hand-written main sources over the size limit, as paths from the repository root (see {@link
     * SourceSizeTest}): the four cloud providers (their public nested builders
     * are most of each), a params class and the fake server.
     */
    static final String[] OVERSIZED = {
        "augno-sdk-secrets-aws/src/main/java/com/augno/sdk/secrets/aws/AwsSecretsManagerSecretProvider.java",
        "augno-sdk-secrets-azure/src/main/java/com/augno/sdk/secrets/azure/AzureKeyVaultSecretProvider.java",
        "augno-sdk-secrets-gcp/src/main/java/com/augno/sdk/secrets/gcp/GcpSecretManagerSecretProvider.java",
        "augno-sdk-secrets-vault/src/main/java/com/augno/sdk/secrets/vault/VaultSecretProvider.java",
        "augno-sdk-testing/src/main/java/com/augno/sdk/testing/FakeAugnoServer.java",
    };

    private KnownViolations() {}
}
