package com.augno.sdk.secrets.azure.internal;

import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.azure.security.keyvault.secrets.models.SecretProperties;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Not API. Honours a secret version's attributes that Key Vault itself does not enforce on reads: {@code
 * enabled} (Key Vault refuses a disabled version with 403, and this check covers a response that
 * says so anyway), {@code exp} (expires) and {@code nbf} (not before).
 */
public final class KeyVaultAttributes {
    private KeyVaultAttributes() {}

    /**
     * Throws when the version must not be used at {@code now}: disabled or expired (not transient:
     * someone must act), or not valid yet ({@link SecretUnavailableException}: the key cache keeps
     * the last good key until then).
     */
    public static void requireUsable(
            SecretProperties properties, Instant now, String source, String vaultName, String secretName) {
        String version = properties.getVersion() == null ? "" : " version " + properties.getVersion();
        if (Boolean.FALSE.equals(properties.isEnabled())) {
            throw disabled(source, vaultName, secretName, " [" + version.trim() + "]");
        }
        OffsetDateTime expires = properties.getExpiresOn();
        if (expires != null && !now.isBefore(expires.toInstant())) {
            throw new SecretProviderException(
                    source,
                    "the secret" + version + " expired at " + expires.toInstant() + " (its 'expires' attribute), so"
                            + " it is not used. Store the current key as a new version (augno-keys rotate writes one),"
                            + " or move the expiry (az keyvault secret set-attributes --vault-name " + vaultName
                            + " --name " + secretName + " --expires ...).");
        }
        OffsetDateTime notBefore = properties.getNotBefore();
        if (notBefore != null && now.isBefore(notBefore.toInstant())) {
            throw new SecretUnavailableException(
                    source,
                    "the secret" + version + " is not valid before " + notBefore.toInstant() + " (its 'not before'"
                            + " attribute); it is used from then on, and the key cache serves its last good key"
                            + " meanwhile. If it should be used now, clear the attribute (az keyvault secret"
                            + " set-attributes --not-before).");
        }
    }

    /** The error for a disabled version: not transient, with what to do. */
    static SecretProviderException disabled(String source, String vaultName, String secretName, String detail) {
        return new SecretProviderException(
                source,
                "the secret version is disabled in Key Vault (its 'enabled' attribute is false), so it cannot be"
                        + " read. Enable it (az keyvault secret set-attributes --vault-name " + vaultName + " --name "
                        + secretName + " --enabled true) or store a new enabled version." + detail);
    }
}
