package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.secrets.KeyMode;
import java.nio.file.Path;

/**
 * A key mounted as a file by the platform (Kubernetes or Docker secrets, a CSI driver). The file
 * must be owner-only ({@code chmod 600}), small, and outside any git work tree; it is re-read at
 * every refresh, so a rotated mount is picked up without a restart.
 */
public final class FileSecretExample {
    private FileSecretExample() {}

    /** Counts the customers of the account whose key is mounted at {@code /run/secrets/augno}. */
    public static void main(String[] args) {
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(SecretProviders.file(Path.of("/run/secrets/augno")))
                .keyMode(KeyMode.PRODUCTION)
                .build()) {
            System.out.println(client.sales().customers().list().data().size() + " customers on the first page");
        }
    }
}
