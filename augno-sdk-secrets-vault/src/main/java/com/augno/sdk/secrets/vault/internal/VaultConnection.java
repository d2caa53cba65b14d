package com.augno.sdk.secrets.vault.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. What a {@code VaultSecretProvider}'s first call creates: the HTTP client (the call
 * deadline, no redirects, the CA bundle when one is named), the call helper on it, and the token
 * session; and each call made with the session's token, once more with a new token after a 403
 * when that may help.
 */
public final class VaultConnection {
    // The provider's logger name, kept: users' logging configurations name it.
    private static final Logger LOG = LoggerFactory.getLogger("com.augno.sdk.secrets.vault.VaultSecretProvider");

    private final OkHttpClient client;
    private final VaultHttp http;
    private final VaultTokens tokens;
    private final String description;

    private VaultConnection(OkHttpClient client, VaultHttp http, VaultTokens tokens, String description) {
        this.client = client;
        this.http = http;
        this.tokens = tokens;
        this.description = description;
    }

    /**
     * Creates the HTTP client and the session; contacts nothing.
     *
     * @throws com.augno.sdk.errors.ConfigurationException if the CA bundle cannot be read
     */
    public static VaultConnection open(VaultSettings settings, ObjectMapper mapper, Supplier<VaultTokens> session) {
        Duration callTimeout = settings.callTimeout();
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .callTimeout(callTimeout)
                .connectTimeout(callTimeout.compareTo(Duration.ofSeconds(5)) < 0 ? callTimeout : Duration.ofSeconds(5))
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .followRedirects(false)
                .followSslRedirects(false);
        Path caCertificate = settings.caCertificate();
        if (caCertificate != null) {
            VaultTls.trustOnly(b, caCertificate, settings.description());
        }
        OkHttpClient client = b.build();
        VaultHttp http = new VaultHttp(
                client, settings.endpoint(), settings.namespace(), settings.description(), callTimeout, mapper);
        return new VaultConnection(client, http, session.get(), settings.description());
    }

    /**
     * Calls Vault with the session's token; on a 403, once more with a new token when that may help.
     *
     * @throws com.augno.sdk.errors.SecretUnavailableException on I/O failure or when the deadline passes
     * @throws com.augno.sdk.errors.ConfigurationException if no token can be found
     */
    public VaultHttp.Reply call(
            String method, List<String> segments, Map<String, String> query, @Nullable JsonNode body) {
        String token = tokens.token(http);
        VaultHttp.Reply reply = http.call(method, segments, query, body, token);
        if (reply.status() == 403 && tokens.refused(token)) {
            LOG.info("Vault refused the token of {}; retrying once with a new one", description);
            reply = http.call(method, segments, query, body, tokens.token(http));
        }
        return reply;
    }

    /** Shuts the HTTP client's threads and connections down. */
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
