package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import java.util.function.Function;

/**
 * Verifies a stored key: reads the store back, compares it with the new secret and calls Augno
 * with it (2xx, or 403 for a scoped key, proves it authenticates).
 */
final class RotationVerifier {
    private final WritableSecretStore store;
    private final Function<SecretProvider, AugnoClient> verificationClient;

    RotationVerifier(RotationSettings settings) {
        this.store = settings.store();
        this.verificationClient = settings.verificationClient();
    }

    record VerifyResult(Verification verification, String detail) {}

    VerifyResult verify(RotationMint.Created expected, String newKeyId) {
        SecretValue read;
        try {
            read = store.fetch();
        } catch (AugnoException e) {
            return new VerifyResult(Verification.FAILED, "reading the store back failed: " + e.getMessage());
        }
        if (!read.sameValueAs(expected.secretValue())) {
            return new VerifyResult(
                    Verification.FAILED,
                    "the store returned " + KeyShapes.redact(read.reveal()) + " after writing "
                            + expected.redactedSecret() + " (another writer, or a cache in front of the store)");
        }
        if (!expected.recognized()) {
            return new VerifyResult(
                    Verification.FAILED,
                    "the new secret " + expected.redactedSecret() + " is stored, but its prefix is not one this SDK"
                            + " version knows, so clients of this version will refuse it: upgrade the SDK in every"
                            + " client before the old key dies");
        }
        ApiKey stored;
        try {
            stored = ApiKey.parse(read, store.description());
        } catch (AugnoException e) {
            return new VerifyResult(Verification.FAILED, "the stored secret is not a usable key: " + e.getMessage());
        }
        SecretProvider fixed = new FixedKey(stored, store.description());
        try (AugnoClient verifier = verificationClient.apply(fixed)) {
            verifier.apiKeys().get(newKeyId);
            return new VerifyResult(
                    Verification.AUTHENTICATED, "the stored key " + stored.redacted() + " authenticates (2xx)");
        } catch (PermissionDeniedException e) {
            if (e.keyAuthenticated()) {
                return new VerifyResult(
                        Verification.AUTHENTICATED_SCOPED,
                        "the stored key " + stored.redacted() + " authenticates (403 for a scoped key)");
            }
            return new VerifyResult(Verification.FAILED, "Augno answered 403: " + e.getMessage());
        } catch (AugnoException e) {
            return new VerifyResult(Verification.FAILED, "calling Augno with the stored key failed: " + e.getMessage());
        }
    }

    /** The stored key, served to the verification client. */
    private static final class FixedKey implements SecretProvider {
        private final ApiKey key;
        private final String source;

        FixedKey(ApiKey key, String source) {
            this.key = key;
            this.source = source;
        }

        @Override
        public SecretValue fetch() {
            return key.toSecretValue();
        }

        @Override
        public String description() {
            return "the key just written to " + source;
        }
    }
}
