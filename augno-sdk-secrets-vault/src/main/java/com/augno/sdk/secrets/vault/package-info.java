/**
 * HashiCorp Vault (and OpenBao) KV version 2 as a source of the Augno API key (URI scheme
 * {@code vault}).
 *
 * <p>Contents:
 *
 * <ul>
 *   <li>{@link com.augno.sdk.secrets.vault.VaultSecretProvider}: a
 *       {@link com.augno.sdk.secrets.WritableSecretStore} over the SDK's own OkHttp, built in code or
 *       from a reference such as {@code vault://secret/prod/augno?auth=kubernetes&role=augno#api_key}.
 *   <li>{@link com.augno.sdk.secrets.vault.VaultAuth}: how the provider logs in (token, Kubernetes,
 *       AppRole).
 *   <li>{@link com.augno.sdk.secrets.vault.VaultSecretProviderFactory}: the {@code ServiceLoader}
 *       factory behind {@code SecretProviders.fromUri("vault://...")}; putting this module on the
 *       class path is all it takes.
 *   <li>{@link com.augno.sdk.secrets.vault.VaultWriteConflictException}: a check-and-set write lost
 *       to another writer.
 * </ul>
 */
@NullMarked
package com.augno.sdk.secrets.vault;

import org.jspecify.annotations.NullMarked;
