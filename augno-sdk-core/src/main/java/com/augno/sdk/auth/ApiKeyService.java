package com.augno.sdk.auth;

import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.Checks;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.json.Json;
import com.augno.sdk.internal.resources.ApiGroups;
import com.augno.sdk.internal.resources.Calls;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys of your account ({@code /v1/auth/api-keys}): list, get, create, rotate and revoke.
 * Reach it with {@code client.auth().apiKeys()}.
 *
 * <p><b>Every call needs a caller whose role type is {@code admin}</b> (no permission string is
 * involved); keep that admin key apart from the runtime key. A new secret (from {@link #create} and
 * {@link #rotate}) comes back once, as a {@link com.augno.sdk.secrets.ApiKey} inside a
 * {@link CreatedApiKey}: write it into a store with {@link CreatedApiKey#storeIn}. Thread-safe.
 */
public final class ApiKeyService {
    /** The longest delay the API allows between a rotation and the old key's revocation. */
    public static final Duration MAX_REVOKE_DELAY = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyService.class);
    private static final String PATH = "/v1/auth/api-keys";
    /** The documented prefix of API key ids. */
    private static final String ID_PREFIX = "apke_";

    static {
        // The generated AuthApi creates this service through ApiGroups: no public constructor
        // takes the internal ClientContext.
        ApiGroups.register(ApiKeyService.class, ApiKeyService::new);
    }

    private final Calls calls;

    private ApiKeyService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /**
     * Checks an API key id before it is sent anywhere: API key ids start with {@code apke_}. A
     * value that looks like a key itself (pasted where its id belongs) is refused without being
     * echoed, since an id travels into the URL, log lines, exception messages and the server's
     * request logs.
     *
     * @param id the id to check
     * @return {@code id}
     * @throws com.augno.sdk.errors.ConfigurationException if it looks like an API key (not echoed)
     * @throws IllegalArgumentException if it is blank or does not start with {@code apke_}
     */
    public static String checkKeyId(String id) {
        Objects.requireNonNull(id, "id == null");
        KeyShapes.refuseKey(id, "The API key id");
        if (!id.startsWith(ID_PREFIX) || id.length() == ID_PREFIX.length()) {
            throw new IllegalArgumentException("An API key id starts with " + ID_PREFIX + " (e.g. " + ID_PREFIX
                    + "8k2m4p6r9t1v); the value given does not (" + id.length() + " characters, not shown)."
                    + " List the ids with client.auth().apiKeys().list() or augno-keys list.");
        }
        return id;
    }

    /**
     * Lists every key of the calling account, newest first (first page; {@code autoPager()} walks
     * the rest). Needs role type {@code admin}.
     */
    public Page<ApiKeyInfo> list() {
        return list(ApiKeyListParams.builder().build(), RequestOptions.none());
    }

    /**
     * Lists the keys of the calling account matching {@code params} (status filter, {@code q} on
     * the name, {@code include} of {@code role} / {@code role.permissions}), newest first. Needs
     * role type {@code admin}.
     */
    public Page<ApiKeyInfo> list(ApiKeyListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(ApiKeyListParams)}, with per-request options. Needs role type {@code admin}. */
    public Page<ApiKeyInfo> list(ApiKeyListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, ApiKeyInfo.class);
    }

    /**
     * Gets one key's record (never its secret). Needs role type {@code admin}.
     *
     * @param include {@link ApiKeyInclude} values, e.g. {@code role}
     * @throws com.augno.sdk.errors.NotFoundException if there is no such key in this account
     */
    public ApiKeyInfo get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs role type {@code admin}. */
    public ApiKeyInfo get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, checkKeyId(id), include, options, ApiKeyInfo.class);
    }

    /**
     * Creates a key and returns its one-time secret as a {@link com.augno.sdk.secrets.ApiKey}
     * (redacted {@code toString}). Needs role type {@code admin}. The key gets the role of
     * {@code params.roleId()} for life, and the mode of the account it is created under
     * ({@code mrp_sk_test_} in a sandbox). A secret of a shape this SDK version does not know is
     * kept too: see {@link CreatedApiKey#recognized()}.
     *
     * @throws ApiKeySecretNotReturnedException if the answer holds the new key's record but no usable
     *     secret (an idempotent replay: the secret is shown once); the message never holds a secret
     */
    public CreatedApiKey create(ApiKeyCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** As {@link #create(ApiKeyCreateParams)}, with per-request options. Needs role type {@code admin}. */
    public CreatedApiKey create(ApiKeyCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        CreatedApiKey created = postForKey(
                ApiRequest.builder(HttpMethod.POST, PATH), params.toBody(), params.include(), options, "creating");
        LOG.info("Created API key {} ({})", created.info().id(), created.redactedSecret());
        return created;
    }

    /**
     * Rotates a key now: the old key is revoked immediately and a replacement with the same name,
     * role and expiry is returned with its one-time secret. Needs role type {@code admin}. For an
     * overlap window use {@link #rotate(String, ApiKeyRotateParams)} with {@code revokeAt}.
     */
    public CreatedApiKey rotate(String id) {
        return rotate(id, ApiKeyRotateParams.builder().build(), RequestOptions.none());
    }

    /**
     * Rotates a key: returns the replacement (its own new id) with its one-time secret; the old key
     * keeps working until {@code revokeAt} (immediately when not set). Needs role type
     * {@code admin}.
     *
     * @throws IllegalArgumentException if {@code revokeAt} is more than 30 days after the client's
     *     clock ({@link #MAX_REVOKE_DELAY}); checked before anything is sent
     * @throws ApiKeySecretNotReturnedException if the answer holds the replacement's record but no
     *     usable secret: an idempotent replay (same {@code Idempotency-Key} in {@code options}) of a
     *     rotation that already happened, whose secret was shown once. The replacement exists:
     *     {@link ApiKeySecretNotReturnedException#keyInfo()} names it
     */
    public CreatedApiKey rotate(String id, ApiKeyRotateParams params) {
        return rotate(id, params, RequestOptions.none());
    }

    /**
     * As {@link #rotate(String, ApiKeyRotateParams)}, with per-request options. Needs role type
     * {@code admin}. Give an {@link RequestOptions.Builder#idempotencyKey(String) idempotency key}
     * to make a retried rotation safe: a repeat after a lost answer rotates once, and answers with
     * the secret when the API replays it, else with {@link ApiKeySecretNotReturnedException}.
     */
    public CreatedApiKey rotate(String id, ApiKeyRotateParams params, RequestOptions options) {
        checkKeyId(id);
        Objects.requireNonNull(params, "params == null");
        Optional<Instant> revokeAt = params.revokeAt();
        if (revokeAt.isPresent()) {
            Instant now = calls.context().config().clock().instant();
            Instant latest = now.plus(MAX_REVOKE_DELAY);
            if (revokeAt.get().isAfter(latest)) {
                throw new IllegalArgumentException("revokeAt " + revokeAt.get() + " is "
                        + Duration.between(now, revokeAt.get()).toHours() / 24 + " days ahead; Augno keeps an old key"
                        + " working for at most 30 days after a rotation (latest allowed now: " + latest
                        + "). Choose an earlier revokeAt.");
            }
        }
        CreatedApiKey created = postForKey(
                ApiRequest.builder(HttpMethod.POST, PATH)
                        .addPathSegment(id)
                        .addPathSegment("actions")
                        .addPathSegment("rotate"),
                params.toBody(),
                params.include(),
                options,
                "rotating " + id + " into");
        LOG.info(
                "Rotated API key {} to {} ({}), old key revoked {}",
                id,
                created.info().id(),
                created.redactedSecret(),
                revokeAt.map(Instant::toString).orElse("now"));
        return created;
    }

    /**
     * Posts a create or rotate call and reads the answer's record and one-time secret. A record
     * without a usable secret (an idempotent replay) is told apart from an answer that does not
     * decode, so that callers can recover the key whose secret was lost.
     */
    private CreatedApiKey postForKey(
            ApiRequest.Builder request, Object body, List<String> include, RequestOptions options, String what) {
        ApiRequest r = request.body(body).include(include).options(options).build();
        ApiResponse<KeyAnswer> response = calls.context().executeForResponse(r, KeyAnswer.class);
        KeyAnswer answer = response.data();
        String requestId = response.requestId().orElse(null);
        ApiKeyInfo info = readRecord(r, response.statusCode(), requestId, answer);
        if (info == null) {
            throw new ResponseDecodingException(
                    r.method() + " " + r.encodedPath() + " -> " + response.statusCode()
                            + ": the answer has no api_key_info"
                            + (requestId == null ? "" : " (request " + requestId + ")")
                            + ". The body is not shown: it may hold a secret.",
                    response.statusCode(),
                    requestId);
        }
        CreatedApiKey created = CreatedApiKey.fromAnswer(info, answer.secret, "the Augno API's answer " + what);
        if (created != null) {
            return created;
        }
        throw new ApiKeySecretNotReturnedException(
                r.method() + " " + r.encodedPath() + " -> " + response.statusCode() + ": the answer holds key "
                        + info.id()
                        + " (" + info.redactedValue() + ") but no usable secret"
                        + (requestId == null ? "" : " (request " + requestId + ")")
                        + ". An idempotent replay of a call that already succeeded answers like this (Augno shows a new secret"
                        + " once). Rotate " + info.id() + " to get a secret for it, or revoke it.",
                response.statusCode(),
                requestId,
                info);
    }

    /**
     * Reads the key record of a create or rotate answer, or null when there is none. A record that
     * does not decode (a required field missing) while the answer carries a usable secret fails
     * with {@link ApiKeyRecordUnreadableException}, which keeps the secret: it is the only copy.
     */
    private static @Nullable ApiKeyInfo readRecord(
            ApiRequest r, int status, @Nullable String requestId, KeyAnswer answer) {
        JsonNode node = answer.info;
        if (node == null || node.isNull()) {
            return null;
        }
        String where = r.method() + " " + r.encodedPath() + " -> " + status;
        try {
            return Json.mapper().treeToValue(node, ApiKeyInfo.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Never Jackson's message: it can quote the record.
            Checks.MissingField missing = Checks.missingField(e);
            String problem = missing != null
                    ? missing.getMessage()
                    : "the api_key_info record does not decode (" + e.getClass().getSimpleName() + ")";
            String secret = answer.secret;
            if (secret != null && isUsableSecret(secret)) {
                JsonNode id = node.get("id");
                String keyId =
                        id != null && id.isTextual() && !KeyShapes.looksLikeKey(id.asText()) ? id.asText() : null;
                throw new ApiKeyRecordUnreadableException(
                        where + ": the answer holds a new secret (" + KeyShapes.redact(secret)
                                + ") but its key record cannot be read: " + problem
                                + (requestId == null ? "" : " (request " + requestId + ")")
                                + ". The exception holds the secret: store it (storeIn) before anything else.",
                        status,
                        requestId,
                        SecretValue.of(secret),
                        keyId);
            }
            if (missing != null) {
                throw missing.toException(where, status, requestId);
            }
            throw new ResponseDecodingException(
                    where + ": " + problem + (requestId == null ? "" : " (request " + requestId + ")")
                            + ". The body is not shown: it may hold a secret.",
                    status,
                    requestId);
        }
    }

    /** A secret worth keeping: one token, long enough, not redacted (a replay's stand-in has {@code *}). */
    private static boolean isUsableSecret(String secret) {
        if (secret.length() < 16 || secret.length() > 512 || secret.indexOf('*') >= 0) {
            return false;
        }
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** The wire form of a create or rotate answer; read leniently, checked by {@link #postForKey}. */
    static final class KeyAnswer {
        // The record is decoded after the secret is in hand (readRecord), so a bad record cannot
        // make the whole answer, and with it the secret, unreadable.
        final @Nullable JsonNode info;
        final @Nullable String secret;

        @JsonCreator
        KeyAnswer(
                @JsonProperty("api_key_info") @Nullable JsonNode info,
                @JsonProperty("api_key_secret") @Nullable String secret) {
            this.info = info;
            this.secret = secret;
        }

        /** Never shows the secret. */
        @Override
        public String toString() {
            return "KeyAnswer{}";
        }
    }

    /**
     * Revokes a key now; it cannot be undone and the record stays listed as revoked. Needs role
     * type {@code admin}. Idempotent: when the call fails because the key is already revoked (a
     * retry after a lost response), the key is read back and, if it is revoked, that is success.
     *
     * @throws com.augno.sdk.errors.NotFoundException if there is no such key
     */
    public void revoke(String id) {
        revoke(id, RequestOptions.none());
    }

    /** As {@link #revoke(String)}, with per-request options. Needs role type {@code admin}. */
    public void revoke(String id, RequestOptions options) {
        checkKeyId(id);
        try {
            calls.delete(PATH, id, options);
            LOG.info("Revoked API key {}", id);
        } catch (AugnoApiException e) {
            int s = e.statusCode();
            if (s != 404 && s != 409 && s != 410 && s != 400) {
                throw e;
            }
            ApiKeyInfo info;
            try {
                info = get(id, List.of(), options);
            } catch (RuntimeException lookup) {
                e.addSuppressed(lookup);
                throw e;
            }
            Instant now = calls.context().config().clock().instant();
            if (!ApiKeyStatus.REVOKED.equals(info.status(now))) {
                throw e;
            }
            LOG.info("API key {} was already revoked; revoke is done", id);
        }
    }
}
