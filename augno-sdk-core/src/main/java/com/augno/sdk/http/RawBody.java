package com.augno.sdk.http;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A request body sent as it is (not as JSON), with its content type: the favicon upload of {@code
 * client.identity().accounts().updateFavicon(...)}, or any raw body passed to {@link
 * ApiRequest.Builder#body(Object)}. Immutable: the bytes are copied in and out.
 */
public final class RawBody {
    // type/subtype with optional parameters; no line breaks (a header value).
    private static final Pattern CONTENT_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+(\\s*;\\s*[^\\r\\n]*)?");

    private final byte[] bytes;
    private final String contentType;

    private RawBody(byte[] bytes, String contentType) {
        this.bytes = bytes;
        this.contentType = contentType;
    }

    /**
     * Returns a raw body.
     *
     * @param bytes the bytes to send (copied)
     * @param contentType the {@code Content-Type}, for example {@code image/png}
     * @return the body
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code contentType} is not a {@code type/subtype} media type
     */
    public static RawBody of(byte[] bytes, String contentType) {
        Objects.requireNonNull(bytes, "bytes == null");
        Objects.requireNonNull(contentType, "contentType == null");
        if (!CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException(
                    "contentType must be a media type such as image/png (type/subtype), got one of "
                            + contentType.length() + " characters that is not");
        }
        return new RawBody(bytes.clone(), contentType);
    }

    /** Returns a copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Returns the {@code Content-Type}. */
    public String contentType() {
        return contentType;
    }

    /** Returns the number of bytes. */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RawBody that && contentType.equals(that.contentType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + contentType.hashCode();
    }

    /** Shows the content type and the length, never the bytes. */
    @Override
    public String toString() {
        return "RawBody{" + contentType + ", " + bytes.length + " bytes}";
    }
}
