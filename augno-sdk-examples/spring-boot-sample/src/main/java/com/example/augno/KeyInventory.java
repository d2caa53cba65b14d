package com.example.augno;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import java.util.List;
import org.springframework.stereotype.Service;

/** Application code: uses the auto-configured client like any other bean. */
@Service
public class KeyInventory {
    private final AugnoClient client;

    public KeyInventory(AugnoClient client) {
        this.client = client;
    }

    /** Returns the names of the account's API keys (first page). */
    public List<String> keyNames() {
        return client.auth().apiKeys().list().data().stream().map(ApiKeyInfo::name).toList();
    }
}
