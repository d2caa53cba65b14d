package com.augno.sdk.secrets;

import com.augno.sdk.errors.InvalidApiKeyException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Augno (OpenMRP) secret API key, checked: it starts with a known prefix of either brand
 * ({@code mrp_sk_test_} / {@code aug_sk_test_} for sandbox, {@code mrp_sk_prod_} /
 * {@code aug_sk_prod_} for production; see {@link KeyMode#prefixes()}) and has the shape of a key.
 *
 * <p>{@link #toString()} shows the mode, the redacted form ({@code mrp_sk_prod_****abcd}, the
 * API's own {@code redacted_value} format), the fingerprint and the source, never the key.
 * Immutable and thread-safe; not {@code Serializable}.
 */
public final class ApiKey {
    private static final int MIN_BODY_LENGTH = 16;
    private static final int MAX_LENGTH = 512;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String value;
    private final KeyMode mode;
    private final String source;
    private final @Nullable String versionId;
    /** Computed once: every call's log line names the key by its redacted form. */
    private final String redacted;

    private ApiKey(String value, KeyMode mode, String source, @Nullable String versionId) {
        this.value = value;
        this.mode = mode;
        this.source = source;
        this.versionId = versionId;
        this.redacted = redact(value);
    }

    /**
     * Parses a fetched secret as an API key. One trailing newline (as a mounted file ends) is
     * trimmed; nothing else is.
     *
     * @param secret the fetched secret
     * @param source a log-safe description of where it came from, used in errors
     * @throws InvalidApiKeyException if the secret is empty, has whitespace, lacks the prefix or is
     *     too short; the message names the source and the problem, never the value
     */
    public static ApiKey parse(SecretValue secret, String source) {
        Objects.requireNonNull(secret, "secret == null");
        Objects.requireNonNull(source, "source == null");
        String v = secret.reveal();
        if (v.endsWith("\r\n")) {
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("\n")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.isEmpty()) {
            throw new InvalidApiKeyException(
                    source, "the secret is empty. Store the key itself (mrp_sk_... or aug_sk_...) there.");
        }
        if (v.length() > MAX_LENGTH) {
            throw new InvalidApiKeyException(
                    source,
                    "the secret is " + v.length() + " characters long, far longer than an API key. "
                            + "If it is a JSON document, name the field with #field in the reference.");
        }
        // Before the whitespace check: a pretty-printed JSON document has spaces and newlines, and
        // its fix is a #field, not removing them.
        if (v.strip().startsWith("{")) {
            throw new InvalidApiKeyException(
                    source,
                    "the secret is a JSON document, not a key. "
                            + "Name the field that holds the key with #field in the reference, e.g. #api_key.");
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i)) || Character.isISOControl(v.charAt(i))) {
                String where = i == 0 ? "at the start" : i == v.length() - 1 ? "at the end" : "at position " + i;
                throw new InvalidApiKeyException(
                        source,
                        "the secret has a whitespace or control character " + where
                                + ". Store the key alone, without spaces or extra lines.");
            }
        }
        Optional<KeyMode> known = KeyMode.ofPrefix(v);
        if (known.isEmpty()) {
            throw new InvalidApiKeyException(
                    source,
                    "it does not start with a key prefix (" + String.join(", ", KeyShapes.prefixes())
                            + "; secret API keys only, user tokens and other values are refused)");
        }
        KeyMode mode = known.get();
        String prefix = KeyShapes.prefixOf(v).orElseThrow();
        String body = v.substring(prefix.length());
        if (body.length() < MIN_BODY_LENGTH) {
            throw new InvalidApiKeyException(
                    source,
                    "it has only " + body.length() + " characters after the " + prefix
                            + " prefix; an API key has many more. Was it truncated or redacted?");
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                throw new InvalidApiKeyException(
                        source,
                        "it has a character that API keys do not use at position "
                                + (prefix.length() + i)
                                + (c == '*' ? " (a '*': this looks like a redacted key)" : ""));
            }
        }
        return new ApiKey(v, mode, source, secret.versionId().orElse(null));
    }

    /** Returns the key itself, for the {@code Authorization} header or a store write. Never log it. */
    public String reveal() {
        return value;
    }

    /** Returns the key's mode, from its prefix. */
    public KeyMode mode() {
        return mode;
    }

    /** Returns the redacted form: the prefix, {@code ****}, the last four characters. */
    public String redacted() {
        return redacted;
    }

    /**
     * Returns a short fingerprint for logs: the first 8 hex digits of the key's SHA-256. It tells
     * two keys apart and cannot be turned back into the key.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[8];
            for (int i = 0; i < 4; i++) {
                out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
                out[2 * i + 1] = HEX[digest[i] & 0xF];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Returns the log-safe description of the source this key came from. */
    public String source() {
        return source;
    }

    /** Returns the store's version id of the secret this key came from, if it had one. */
    public Optional<String> versionId() {
        return Optional.ofNullable(versionId);
    }

    /** Returns this key as a {@link SecretValue}, for writing into a {@link WritableSecretStore}. */
    public SecretValue toSecretValue() {
        return SecretValue.of(value);
    }

    /** Returns true when both are the same key, compared in constant time. */
    public boolean sameKeyAs(ApiKey other) {
        return SecretValue.constantTimeEquals(value, other.value);
    }

    /**
     * Returns the redacted form of any key-shaped string: its prefix ({@code mrp_sk_prod_},
     * {@code aug_sk_test_}, ... when present), {@code ****} and the last four characters; for short
     * strings only the prefix and {@code ****}. Same as {@link KeyShapes#redact(String)}.
     */
    public static String redact(String keyLike) {
        return KeyShapes.redact(keyLike);
    }

    /** Equal when the keys are equal (compared in constant time). */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ApiKey && sameKeyAs((ApiKey) o);
    }

    /** Hashes the mode and the redacted form only. */
    @Override
    public int hashCode() {
        return 31 * mode.hashCode() + redacted().hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey(mode=" + mode.configName() + ", redacted=" + redacted() + ", fingerprint=" + fingerprint()
                + ", source=" + source + ")";
    }
}
