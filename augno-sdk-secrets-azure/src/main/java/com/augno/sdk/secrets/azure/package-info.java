/**
 * Azure Key Vault as a source of the Augno API key (URI scheme {@code azure-kv}).
 *
 * <p>Contents:
 *
 * <ul>
 *   <li>{@link com.augno.sdk.secrets.azure.AzureKeyVaultSecretProvider}: a {@link
 *       com.augno.sdk.secrets.WritableSecretStore} on the Azure SDK for Java (Key Vault secrets and
 *       identity), running on the SDK's own OkHttp, built in code or from a reference such as {@code
 *       azure-kv://acme-prod/augno-api-key#api_key}.
 *   <li>{@link com.augno.sdk.secrets.azure.AzureKeyVaultSecretProviderFactory}: the {@code ServiceLoader}
 *       factory behind {@code SecretProviders.fromUri("azure-kv://...")}; putting this module on the
 *       class path is all it takes.
 * </ul>
 */
@NullMarked
package com.augno.sdk.secrets.azure;

import org.jspecify.annotations.NullMarked;
