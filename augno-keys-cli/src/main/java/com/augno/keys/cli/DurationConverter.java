package com.augno.keys.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as ops write them: {@code 24h}, {@code 90m}, {@code 7d}, {@code 30s}, or ISO {@code PT24H}. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.length() < 2) {
                throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 24h, 90m, 7d");
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            switch (v.charAt(v.length() - 1)) {
                case 'd':
                    return Duration.ofDays(n);
                case 'h':
                    return Duration.ofHours(n);
                case 'm':
                    return Duration.ofMinutes(n);
                case 's':
                    return Duration.ofSeconds(n);
                default:
                    throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 24h, 90m, 7d");
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 24h, 90m, 7d");
        }
    }
}
