package com.augno.build.testhelpers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Captures every log line of a test JVM in memory, at the levels of DESIGN.md section 8: the client
 * side ({@code com.augno}, {@code okhttp3}, {@code software.amazon.awssdk}, {@code io.grpc},
 * {@code com.google}) at TRACE, everything else (Jetty, WireMock) at INFO. {@code java.util.logging}
 * is bridged into the same capture.
 *
 * <p>Each line is checked against {@link LeakCanary}'s registered secrets as it is written, so a
 * leak is caught however many lines follow it. Nothing is printed unless the system property
 * {@code augno.test.log.console} names a level (e.g. {@code DEBUG}); printed lines have every
 * registered secret redacted.
 */
public final class LogCapture {
    private static final List<String> TRACE_PREFIXES = List.of(
            "com.augno",
            "okhttp3",
            "software.amazon.awssdk",
            "io.grpc",
            "com.google",
            "com.azure",
            "com.microsoft.aad");
    private static final int KEEP_LINES = 20_000;
    private static final Object LOCK = new Object();
    private static final Deque<String> LINES = new ArrayDeque<>();
    private static final List<String> LEAKS = new ArrayList<>();
    // Strong references: java.util.logging forgets the level of a logger that is collected.
    private static final List<Logger> JUL_LOGGERS = new ArrayList<>();
    private static volatile boolean bridged;
    // Scoped raises (see raise()): logger-name prefix -> lowest level captured while the scope is open.
    private static final Map<String, LogLevel> RAISED = new ConcurrentHashMap<>();

    /** The levels, in order of severity. */
    public enum LogLevel {
        TRACE,
        DEBUG,
        INFO,
        WARN,
        ERROR
    }

    private LogCapture() {}

    /** Installs the {@code java.util.logging} bridge; calling it again does nothing. */
    public static void install() {
        if (bridged) {
            return;
        }
        synchronized (LOCK) {
            if (bridged) {
                return;
            }
            LogManager.getLogManager().reset();
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            Logger.getLogger("").setLevel(Level.INFO);
            for (String prefix : TRACE_PREFIXES) {
                Logger logger = Logger.getLogger(prefix);
                logger.setLevel(Level.ALL);
                JUL_LOGGERS.add(logger);
            }
            bridged = true;
        }
    }

    /** Returns the lowest level captured for the named logger. */
    public static LogLevel thresholdFor(String loggerName) {
        for (String prefix : TRACE_PREFIXES) {
            if (loggerName.equals(prefix) || loggerName.startsWith(prefix + ".")) {
                return LogLevel.TRACE;
            }
        }
        return LogLevel.INFO;
    }

    /**
     * Raises the lowest level captured for the loggers under {@code prefix} to {@code level} until
     * the returned scope is closed. For a test that makes a third-party library log text the SDK
     * cannot control (the AWS SDK's DEBUG lines quote the service's error text): the SDK's own
     * loggers ({@code com.augno}) stay captured at TRACE, so the leak canary still watches
     * everything the SDK writes.
     *
     * @throws IllegalArgumentException if {@code prefix} is the SDK's own ({@code com.augno...})
     */
    public static AutoCloseable raise(String prefix, LogLevel level) {
        if (prefix.equals("com.augno") || prefix.startsWith("com.augno.")) {
            throw new IllegalArgumentException("the SDK's own loggers are always captured at TRACE");
        }
        RAISED.put(prefix, level);
        return () -> RAISED.remove(prefix, level);
    }

    /** Returns whether a line at {@code level} from {@code loggerName} is captured now. */
    static boolean captures(String loggerName, LogLevel threshold, LogLevel level) {
        if (level.ordinal() < threshold.ordinal()) {
            return false;
        }
        if (RAISED.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, LogLevel> r : RAISED.entrySet()) {
            String prefix = r.getKey();
            if ((loggerName.equals(prefix) || loggerName.startsWith(prefix + "."))
                    && level.ordinal() < r.getValue().ordinal()) {
                return false;
            }
        }
        return true;
    }

    /** Records one log line; called by the capturing SLF4J logger. */
    static void append(LogLevel level, String loggerName, String message, @Nullable Throwable t) {
        StringBuilder line = new StringBuilder(message.length() + 64)
                .append(level)
                .append(' ')
                .append(loggerName)
                .append(" - ")
                .append(message);
        if (t != null) {
            StringWriter sw = new StringWriter();
            t.printStackTrace(new PrintWriter(sw));
            line.append(System.lineSeparator()).append(sw);
        }
        String text = line.toString();
        List<String> found = LeakCanary.scan(text);
        synchronized (LOCK) {
            if (!found.isEmpty()) {
                LEAKS.add(level + " " + loggerName + ": " + LeakCanary.redact(text));
            }
            LINES.addLast(text);
            if (LINES.size() > KEEP_LINES) {
                LINES.removeFirst();
            }
        }
        String console = System.getProperty("augno.test.log.console");
        if (console != null && level.ordinal() >= parse(console).ordinal()) {
            System.err.println(LeakCanary.redact(text));
        }
    }

    private static LogLevel parse(String value) {
        try {
            return LogLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LogLevel.INFO;
        }
    }

    /** Returns a copy of the lines captured since the last {@link #reset()} (the newest 20,000). */
    public static List<String> lines() {
        synchronized (LOCK) {
            return new ArrayList<>(LINES);
        }
    }

    /** Returns the lines, redacted, that contained a registered secret since the last reset. */
    public static List<String> leaks() {
        synchronized (LOCK) {
            return new ArrayList<>(LEAKS);
        }
    }

    /** Returns the captured lines that contain {@code fragment}. */
    public static List<String> linesContaining(String fragment) {
        List<String> out = new ArrayList<>();
        for (String line : lines()) {
            if (line.contains(fragment)) {
                out.add(line);
            }
        }
        return out;
    }

    /** Forgets every captured line and leak. */
    public static void reset() {
        synchronized (LOCK) {
            LINES.clear();
            LEAKS.clear();
        }
    }
}
