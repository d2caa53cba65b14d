package com.augno.sdk.secrets;

import com.augno.sdk.errors.ConfigurationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API key looks like, for the code that must recognise one where it does not belong: in a
 * setting, an id, a log line, a file. The prefixes come from {@link KeyMode} (the one place that
 * lists them); this class adds the shapes built on them.
 *
 * <p>Besides the known prefixes ({@code mrp_sk_test_}, {@code mrp_sk_prod_}, {@code aug_sk_test_},
 * {@code aug_sk_prod_}), a <em>future brand</em> is recognised by its shape: a short lower-case
 * brand, {@code _sk_}, {@code test}/{@code prod}/{@code live} and {@code _} (e.g. a key named
 * {@code xyz_sk_prod_...} by a later rename). Such a token is refused and redacted like a known
 * key, but it is not an {@link ApiKey}.
 */
public final class KeyShapes {
    /** The characters of a key's body (URL-safe base64 without padding). */
    private static final String BODY = "[A-Za-z0-9_-]";

    private static final List<String> PREFIXES;
    /** The same, as an array: iterated on every call's id check without allocating an iterator. */
    private static final String[] PREFIX_ARRAY;

    private static final String KNOWN;
    /** A prefix of a brand this SDK version does not know yet. */
    private static final String FUTURE = "(?<![A-Za-z0-9])[a-z]{2,10}_sk_(?:test|prod|live)_";

    static {
        List<String> all = new ArrayList<>();
        for (String brand : KeyMode.brands()) {
            for (KeyMode m : KeyMode.values()) {
                all.add(m.prefixes().get(KeyMode.brands().indexOf(brand)));
            }
        }
        PREFIXES = Collections.unmodifiableList(all);
        PREFIX_ARRAY = all.toArray(new String[0]);
        StringBuilder sb = new StringBuilder();
        for (String p : PREFIXES) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(p));
        }
        KNOWN = sb.toString();
    }

    /**
     * The regular expressions, compiled when first needed: most text holds no {@code _sk_} and
     * every known key starts with a known prefix, so a client's start-up never needs them.
     */
    private static final class Patterns {
        static final Pattern TOKEN = Pattern.compile("(?:" + KNOWN + "|" + FUTURE + ")" + BODY + "+");
        static final Pattern FUTURE_PREFIX = Pattern.compile("^" + FUTURE);

        private Patterns() {}
    }

    private KeyShapes() {}

    /**
     * Returns every known key prefix, newest brand first: {@code mrp_sk_test_}, {@code
     * mrp_sk_prod_}, {@code aug_sk_test_}, {@code aug_sk_prod_}.
     */
    public static List<String> prefixes() {
        return PREFIXES;
    }

    /**
     * Returns a pattern that finds key-shaped tokens: a known prefix, or the prefix of a future
     * brand, followed by at least {@code minBody} key characters.
     *
     * @param minBody the fewest characters after the prefix that make a token key-shaped (1 or more)
     */
    public static Pattern pattern(int minBody) {
        if (minBody < 1) {
            throw new IllegalArgumentException("minBody must be at least 1, was " + minBody);
        }
        return Pattern.compile("(?:" + KNOWN + "|" + FUTURE + ")" + BODY + "{" + minBody + ",}");
    }

    /**
     * Returns true when {@code text} holds something key-shaped: a known key prefix anywhere, or a
     * future brand's prefix followed by a body. Used to refuse a key pasted where it does not
     * belong.
     */
    public static boolean looksLikeKey(String text) {
        for (String p : PREFIX_ARRAY) {
            if (text.contains(p)) {
                return true;
            }
        }
        return text.contains("_sk_") && Patterns.TOKEN.matcher(text).find();
    }

    /**
     * Refuses a value a user supplied (a setting, an option, an id, a path) when it holds something
     * key-shaped, without echoing it: a key pasted in the wrong place must not travel on into a
     * message, a log line, a URL or a header.
     *
     * @param value the supplied value
     * @param what what the value is, for the message, e.g. {@code "The base URL (AUGNO_BASE_URL)"}
     * @throws ConfigurationException when the value looks like an API key; the message says what
     *     to do (rotate the key: it may now be in a shell history or a config file) and never
     *     holds the value
     */
    public static void refuseKey(String value, String what) {
        if (looksLikeKey(value)) {
            throw new ConfigurationException(what + " holds what looks like an API key (not shown). A key goes only"
                    + " into a secret store, referenced by aws-sm://, gcp-sm://, env:// or file://. If a real key was"
                    + " pasted here, it may now be in a shell history, a config file or a log: rotate it"
                    + " (augno-keys rotate --emergency).");
        }
    }

    /**
     * Returns the redacted form of a key-shaped string: its prefix (a known one, or a future
     * brand's), {@code ****} and the last four characters; for short strings only the prefix and
     * {@code ****}.
     */
    public static String redact(String keyLike) {
        String prefix = prefixOf(keyLike).orElse("");
        if (keyLike.length() < prefix.length() + 8) {
            return prefix + "****";
        }
        return prefix + "****" + keyLike.substring(keyLike.length() - 4);
    }

    /**
     * Returns the prefix {@code keyLike} starts with: a known one ({@code mrp_sk_prod_}) or a future
     * brand's ({@code xyz_sk_prod_}); empty when neither.
     */
    public static Optional<String> prefixOf(String keyLike) {
        for (String p : PREFIX_ARRAY) {
            if (keyLike.startsWith(p)) {
                return Optional.of(p);
            }
        }
        Matcher m = Patterns.FUTURE_PREFIX.matcher(keyLike);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * Returns {@code text} with every key-shaped token (known brands and future ones) replaced by
     * its redacted form.
     */
    public static String redactAll(String text) {
        if (!text.contains("_sk_")) {
            return text;
        }
        Matcher m = Patterns.TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(redact(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
