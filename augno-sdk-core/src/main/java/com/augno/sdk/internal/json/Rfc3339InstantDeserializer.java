package com.augno.sdk.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads the API's timestamps ({@code 2026-11-27T23:59:01Z}, {@code
 * 2026-11-27T23:59:01.123456+02:00}) straight from the parser's characters, without a {@code
 * DateTimeFormatter}.
 *
 * <p>Why: Jackson's {@code InstantDeserializer} parses with {@code ISO_INSTANT}, and on JDK 17 every
 * such parse builds a new formatter inside {@code InstantPrinterParser.parse} and fills two hash
 * maps: about 1.5 KB and a third of a typed call's decoding time for a model with five timestamps
 * (docs/benchmarks.md). Anything this fast path does not recognise (numbers, a leap second, odd
 * formats, empty strings) goes to Jackson's own deserializer unchanged, so the accepted inputs and
 * the errors stay exactly Jackson's.
 */
final class Rfc3339InstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    Rfc3339InstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            Instant fast = parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (fast != null) {
                return fast;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }

    /**
     * Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+HH:MM|-HH:MM)}; returns null for anything else
     * (the caller then falls back to Jackson's parser).
     */
    static @Nullable Instant parse(char[] c, int off, int len) {
        // 20 = "yyyy-MM-ddTHH:mm:ssZ"
        if (len < 20 || len > 35) {
            return null;
        }
        int year = digits(c, off, 4);
        int month = digits(c, off + 5, 2);
        int day = digits(c, off + 8, 2);
        int hour = digits(c, off + 11, 2);
        int minute = digits(c, off + 14, 2);
        int second = digits(c, off + 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || c[off + 4] != '-'
                || c[off + 7] != '-'
                || (c[off + 10] != 'T' && c[off + 10] != 't')
                || c[off + 13] != ':'
                || c[off + 16] != ':'
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        int i = off + 19;
        int end = off + len;
        int nanos = 0;
        if (c[i] == '.') {
            i++;
            int start = i;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (i - start < 9) {
                    nanos = nanos * 10 + (c[i] - '0');
                }
                i++;
            }
            int n = i - start;
            if (n == 0 || n > 9) {
                return null;
            }
            for (int k = n; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (i >= end) {
            return null;
        }
        int offsetSeconds;
        char z = c[i];
        if ((z == 'Z' || z == 'z') && i + 1 == end) {
            offsetSeconds = 0;
        } else if ((z == '+' || z == '-') && i + 6 == end && c[i + 3] == ':') {
            int oh = digits(c, i + 1, 2);
            int om = digits(c, i + 4, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            offsetSeconds = (z == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // e.g. February 30th: let Jackson report it
        }
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** Returns the value of {@code n} ASCII digits at {@code at}, or -1 if one is not a digit. */
    private static int digits(char[] c, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = c[at + k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
