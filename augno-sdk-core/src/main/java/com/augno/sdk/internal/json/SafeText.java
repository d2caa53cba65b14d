package com.augno.sdk.internal.json;

import com.augno.sdk.internal.http.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What a model's {@code toString} prints for a value that may carry a secret or personal
 * data: free text with key-shaped tokens redacted, URLs without their query, and bodies, query
 * parameters and changed values not at all (only whether they are present).
 */
public final class SafeText {
    /** Printed in place of a value that is never shown. */
    public static final String HIDDEN = "<not shown>";

    private SafeText() {}

    /** Returns {@link #HIDDEN} for a present value, null for an absent one. */
    public static @Nullable String hidden(@Nullable Object value) {
        return value == null ? null : HIDDEN;
    }

    /** Returns {@code text} with key-shaped tokens and bearer tokens redacted. */
    public static @Nullable String redacted(@Nullable String text) {
        return text == null ? null : Redactor.redact(text);
    }

    /** Returns a URL or path without its query and fragment, key-shaped tokens redacted. */
    public static @Nullable String withoutQuery(@Nullable String url) {
        if (url == null) {
            return null;
        }
        int cut = url.length();
        int q = url.indexOf('?');
        int f = url.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (f >= 0 && f < cut) {
            cut = f;
        }
        return Redactor.redact(url.substring(0, cut)) + (cut < url.length() ? "?" + HIDDEN : "");
    }
}
