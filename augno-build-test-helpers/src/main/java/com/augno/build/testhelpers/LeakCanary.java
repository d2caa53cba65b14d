package com.augno.build.testhelpers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Knows every secret a test generated and finds it in text: log lines, exception messages,
 * {@code toString} output, program output.
 *
 * <p>{@link TestKeys} registers its keys here; code that obtains a secret elsewhere (a fake server
 * that mints keys) registers it with {@link #register(String)}. After every test the auto-detected
 * {@link LeakCanaryExtension} fails the test if any captured log line held a registered secret.
 */
public final class LeakCanary {
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private LeakCanary() {}

    /** Registers a secret that must never appear in output, and returns it. */
    public static String register(String secret) {
        if (secret.length() >= 8) {
            SECRETS.add(secret);
        }
        return secret;
    }

    /**
     * Returns the registered secrets that occur in {@code text}, and any unredacted key-shaped token
     * of either brand ({@code mrp_sk_}, {@code aug_sk_}), redacted.
     */
    public static List<String> scan(@Nullable CharSequence text) {
        List<String> found = new ArrayList<>();
        if (text == null || text.length() == 0) {
            return found;
        }
        String s = text.toString();
        for (String secret : SECRETS) {
            if (s.contains(secret)) {
                found.add(redactOne(secret));
            }
        }
        if (s.contains("_sk_")) {
            Matcher m = KEY_SHAPED.matcher(s);
            while (m.find()) {
                String r = redactOne(m.group());
                if (!found.contains(r)) {
                    found.add(r);
                }
            }
        }
        return found;
    }

    /** Returns {@code text} with every registered secret replaced by its redacted form. */
    public static String redact(String text) {
        String out = text;
        for (String secret : SECRETS) {
            if (out.contains(secret)) {
                out = out.replace(secret, redactOne(secret));
            }
        }
        if (out.contains("_sk_")) {
            Matcher m = KEY_SHAPED.matcher(out);
            StringBuilder sb = new StringBuilder(out.length());
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(redactOne(m.group())));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /** The prefix of a key of either brand ({@code mrp_sk_prod_}, {@code aug_sk_test_}, a future one). */
    private static final Pattern PREFIX = Pattern.compile("^[a-z]{2,10}_sk_(?:test|prod|live)_");

    /**
     * A key-shaped token of either known brand that is not redacted: found even when no test
     * registered it (a key from a fixture, a server, or a brand a test forgot to register).
     */
    private static final Pattern KEY_SHAPED =
            Pattern.compile("(?:" + TestKeys.BRAND + "|" + TestKeys.LEGACY_BRAND + ")(?:test|prod)_[A-Za-z0-9_-]{12,}");

    static String redactOne(String secret) {
        Matcher m = PREFIX.matcher(secret);
        String prefix = m.find() && secret.length() > m.end() + 8 ? m.group() : "";
        return prefix + "****" + secret.substring(secret.length() - 4);
    }

    /**
     * Returns the full text of an object as a reader would see it: for a throwable its stack trace
     * with every message, cause and suppressed exception; otherwise {@code String.valueOf}.
     */
    public static String textOf(@Nullable Object item) {
        if (item instanceof Throwable) {
            StringWriter sw = new StringWriter();
            ((Throwable) item).printStackTrace(new PrintWriter(sw));
            return sw.toString();
        }
        return String.valueOf(item);
    }

    /**
     * Fails with an {@link AssertionError} (which never contains the secret) when the text of any
     * item contains a registered secret.
     */
    public static void assertNoLeak(@Nullable Object... items) {
        for (Object item : items) {
            List<String> found = scan(textOf(item));
            if (!found.isEmpty()) {
                throw new AssertionError("Leak canary: " + found + " appeared in "
                        + (item == null ? "null" : item.getClass().getName()) + ": " + redact(textOf(item)));
            }
        }
    }

    /** Fails when any log line captured since the last reset contained a registered secret. */
    public static void assertLogsClean() {
        List<String> leaks = LogCapture.leaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("Leak canary: a generated key appeared in " + leaks.size()
                    + " captured log line(s), shown redacted:\n" + String.join("\n", leaks));
        }
    }
}
