/**
 * Not API: the parts of {@link com.augno.sdk.secrets.vault.VaultSecretProvider}, one job each (its
 * settings, the connection and its calls, the KV version 2 documents, error mapping, names,
 * endpoints and TLS). May change in any release.
 */
@NullMarked
package com.augno.sdk.secrets.vault.internal;

import org.jspecify.annotations.NullMarked;
