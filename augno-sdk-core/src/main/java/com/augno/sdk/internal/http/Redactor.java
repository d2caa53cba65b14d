package com.augno.sdk.internal.http;

import com.augno.sdk.KeyMode;
import com.augno.sdk.secrets.ApiKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Not API. Replaces anything key-shaped in text with its redacted form. */
public final class Redactor {
    private static final Pattern KEY_SHAPED = Pattern.compile("(?:"
            + Pattern.quote(KeyMode.SANDBOX.prefix())
            + "|"
            + Pattern.quote(KeyMode.PRODUCTION.prefix())
            + ")[A-Za-z0-9_\\-]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");

    private Redactor() {}

    /**
     * Returns {@code text} with every key-shaped token ({@code aug_sk_test_...}, {@code
     * aug_sk_prod_...}) replaced by its redacted form and every {@code Bearer <token>} value
     * replaced by {@code ****}.
     */
    public static String redact(String text) {
        String out = text;
        if (out.contains("aug_sk_")) {
            Matcher m = KEY_SHAPED.matcher(out);
            StringBuilder sb = new StringBuilder(out.length());
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(ApiKey.redact(m.group())));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return BEARER.matcher(out).replaceAll("$1****");
    }
}
