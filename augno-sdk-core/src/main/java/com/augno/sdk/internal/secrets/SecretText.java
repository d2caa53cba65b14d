package com.augno.sdk.internal.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Not API: decoding a secret's bytes as text, shared by the file provider and the cloud stores.
 * Strict: malformed UTF-8 is refused rather than replaced, so a binary secret never becomes a
 * silently wrong key.
 */
public final class SecretText {
    private SecretText() {}

    /**
     * Returns the bytes from the buffer's position to its limit as UTF-8 text, or null when they
     * are not valid UTF-8 (the caller throws its own typed error, without the bytes).
     */
    public static @Nullable String utf8(ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // the exception says nothing useful, and never the bytes
        }
    }
}
