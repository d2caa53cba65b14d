package com.augno.keys.rotation.aws;

import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;

/** A provider that serves one key: the admin key of a self-rotation, or a new key being checked. */
final class FixedKey implements SecretProvider {
    private final ApiKey key;
    private final String description;

    FixedKey(ApiKey key, String description) {
        this.key = key;
        this.description = description;
    }

    @Override
    public SecretValue fetch() {
        return key.toSecretValue();
    }

    @Override
    public String description() {
        return description;
    }
}
