package com.augno.sdk.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Returns the registered secrets that occur in {@code text}, redacted. */
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
        return out;
    }

    private static String redactOne(String secret) {
        int cut = secret.startsWith("aug_sk_") && secret.length() > 16 ? 12 : 0;
        return secret.substring(0, cut) + "****" + secret.substring(secret.length() - 4);
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
