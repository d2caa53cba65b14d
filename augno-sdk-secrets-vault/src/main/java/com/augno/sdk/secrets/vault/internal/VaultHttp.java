package com.augno.sdk.secrets.vault.internal;

import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One Vault HTTP API call over OkHttp: {@code /v1/<path>} with the token and namespace headers, a
 * JSON body, and the reply's JSON read with a size cap. I/O failures and the deadline become {@link
 * SecretUnavailableException}; nothing read from the network is put in a message.
 */
public final class VaultHttp {
    /** A reply: the status, the JSON body (null when empty or not JSON) and Vault's error texts. */
    public record Reply(int status, @Nullable JsonNode body, List<String> errors) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final String TOKEN_HEADER = "X-Vault-Token";
    static final String NAMESPACE_HEADER = "X-Vault-Namespace";

    /** Replies above this size are refused: a KV secret holding an API key is a few hundred bytes. */
    static final int MAX_REPLY_BYTES = 1 << 20;

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client;
    private final HttpUrl base;
    private final @Nullable String namespace;
    private final String source;
    private final Duration callTimeout;
    private final ObjectMapper mapper;

    public VaultHttp(
            OkHttpClient client,
            HttpUrl base,
            @Nullable String namespace,
            String source,
            Duration callTimeout,
            ObjectMapper mapper) {
        this.client = client;
        this.base = base;
        this.namespace = namespace;
        this.source = source;
        this.callTimeout = callTimeout;
        this.mapper = mapper;
    }

    /**
     * Calls {@code method /v1/<segments...>}.
     *
     * @param token the Vault token, or null (logins)
     * @param body the JSON body, or null for none
     * @throws SecretUnavailableException on I/O failure or when the deadline passes
     * @throws SecretProviderException if the reply is larger than {@link #MAX_REPLY_BYTES}
     */
    public Reply call(
            String method,
            List<String> segments,
            Map<String, String> query,
            @Nullable JsonNode body,
            @Nullable String token) {
        HttpUrl.Builder url = base.newBuilder().addPathSegment("v1");
        for (String s : segments) {
            url.addPathSegment(s);
        }
        query.forEach(url::addQueryParameter);
        Request.Builder request = new Request.Builder().url(url.build()).header("Accept", "application/json");
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        if (namespace != null) {
            request.header(NAMESPACE_HEADER, namespace);
        }
        RequestBody requestBody = null;
        if (body != null) {
            try {
                requestBody = RequestBody.create(mapper.writeValueAsBytes(body), JSON);
            } catch (IOException e) {
                // Writing a tree of strings and numbers cannot fail; no cause, it could quote values.
                throw new IllegalStateException("could not serialise a Vault request");
            }
        }
        request.method(method, requestBody);
        try (Response response = client.newCall(request.build()).execute()) {
            JsonNode json = readJson(response.body());
            return new Reply(response.code(), json, errorsOf(json));
        } catch (InterruptedIOException e) {
            throw new SecretUnavailableException(
                    source,
                    "Vault did not answer within the deadline of " + callTimeout.toMillis()
                            + " ms; the key cache serves its last good key meanwhile.");
        } catch (IOException e) {
            throw new SecretUnavailableException(
                    source, "could not reach Vault (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private @Nullable JsonNode readJson(@Nullable ResponseBody body) throws IOException {
        if (body == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes(MAX_REPLY_BYTES + 1);
        }
        if (bytes.length > MAX_REPLY_BYTES) {
            throw new SecretProviderException(
                    source, "Vault's reply is larger than " + MAX_REPLY_BYTES + " bytes; refusing to read it.");
        }
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            // Deliberately dropped: the parser's message quotes the input.
            return null;
        }
    }

    /** Returns Vault's {@code errors} texts of a reply, for classification only. */
    private static List<String> errorsOf(@Nullable JsonNode body) {
        List<String> out = new ArrayList<>();
        if (body != null && body.path("errors").isArray()) {
            body.path("errors").forEach(e -> out.add(e.asText("")));
        }
        return out;
    }
}
