package com.augno.sdk.internal.http;

import com.augno.sdk.secrets.KeyShapes;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Not API. Replaces anything key-shaped in text with its redacted form. */
public final class Redactor {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");

    private Redactor() {}

    /**
     * Returns {@code text} with every key-shaped token (both brands, see {@link KeyShapes}) replaced
     * by its redacted form and every {@code Bearer <token>} value replaced by {@code ****}.
     */
    public static String redact(String text) {
        return BEARER.matcher(KeyShapes.redactAll(text)).replaceAll("$1****");
    }

    /**
     * Returns {@code url} with its query replaced by {@code <not shown>} (a query may carry
     * tokens), or {@code "null"} when it is null.
     */
    public static String withoutQuery(@Nullable String url) {
        if (url == null) {
            return "null";
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q + 1) + "<not shown>";
    }
}
