package com.augno.sdk.internal.http;

/** Not API. The {@code User-Agent}: {@code augno-java/<version> java/<runtime> (<os>; <arch>)}. */
public final class UserAgent {
    private static final String VERSION = SdkVersion.VALUE;

    private UserAgent() {}

    /** Returns the SDK version (the build's, written into {@code SdkVersion} by the generator). */
    public static String sdkVersion() {
        return VERSION;
    }

    /** Returns the header value for this JVM. */
    public static String value() {
        return ascii("augno-java/" + VERSION + " java/" + System.getProperty("java.version", "unknown") + " ("
                + System.getProperty("os.name", "unknown") + "; " + System.getProperty("os.arch", "unknown") + ")");
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '_');
        }
        return sb.toString();
    }
}
