/**
 * Not API: the parts of {@link com.augno.sdk.secrets.azure.AzureKeyVaultSecretProvider}, one job
 * each (names and endpoints, the calls to Key Vault, error mapping, a version's attributes, the
 * OkHttp adapter). May change in any release.
 */
@NullMarked
package com.augno.sdk.secrets.azure.internal;

import org.jspecify.annotations.NullMarked;
