package com.augno.build.testhelpers;

import com.augno.build.testhelpers.LogCapture.LogLevel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that writes to {@link LogCapture}. */
final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final LogLevel threshold;

    CapturingLogger(String name) {
        this.name = name;
        this.threshold = LogCapture.thresholdFor(name);
    }

    private boolean enabled(LogLevel level) {
        return LogCapture.captures(name, threshold, level);
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(LogLevel.TRACE);
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(LogLevel.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(LogLevel.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(LogLevel.WARN);
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return true;
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level,
            @Nullable Marker marker,
            @Nullable String messagePattern,
            @Nullable Object[] arguments,
            @Nullable Throwable throwable) {
        LogLevel ours = LogLevel.valueOf(level.name());
        if (!enabled(ours)) {
            return;
        }
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        LogCapture.append(ours, name, message == null ? "null" : message, throwable);
    }
}
