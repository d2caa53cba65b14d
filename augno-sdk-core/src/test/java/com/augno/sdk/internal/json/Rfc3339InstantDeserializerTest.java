package com.augno.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast timestamp path reads exactly what Jackson's own deserializer reads. */
class Rfc3339InstantDeserializerTest {
    /** Jackson as configured before the fast path: the reference. */
    private static final ObjectMapper JACKSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private static Instant sdk(String json) throws Exception {
        return Json.mapper().readValue(json, Instant.class);
    }

    private static Instant jackson(String json) throws Exception {
        return JACKSON.readValue(json, Instant.class);
    }

    @Test
    void readsWhatJacksonReads() throws Exception {
        List<String> inputs = List.of(
                "2026-11-27T23:59:01Z",
                "2026-11-27t23:59:01z",
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999999999Z",
                "2024-02-29T12:00:00.5Z",
                "2026-11-27T23:59:01.123Z",
                "2026-11-27T23:59:01.123456Z",
                "2026-11-27T23:59:01+02:00",
                "2026-11-27T23:59:01.000001-05:30",
                "2026-01-01T00:30:00+18:00",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z");
        for (String s : inputs) {
            assertThat(sdk('"' + s + '"')).as(s).isEqualTo(jackson('"' + s + '"'));
        }
    }

    @Test
    void numbersOddFormsAndInvalidDatesEndAsInJackson() throws Exception {
        assertThat(sdk("null")).isNull();
        // Numbers, a colon-less offset, a bare dot, 24:00, impossible dates: not the fast path's
        // (or refused by it); Jackson decides, so value or exception are Jackson's own.
        for (String input : List.of(
                "1700000000",
                "1700000000.5",
                "\"2026-11-27T23:59:01+0200\"",
                "\"2026-11-27T23:59:01.Z\"",
                "\"2026-11-27T24:00:00Z\"",
                "\"2026-02-30T00:00:00Z\"",
                "\"2026-13-01T00:00:00Z\"",
                "\"soon\"")) {
            assertThat(outcome(() -> sdk(input))).as(input).isEqualTo(outcome(() -> jackson(input)));
        }
        assertThatThrownBy(() -> sdk("\"soon\"")).isInstanceOf(JsonMappingException.class);
    }

    private interface Read {
        Instant read() throws Exception;
    }

    /** The value read, or the class of the exception thrown. */
    private static Object outcome(Read read) {
        try {
            return read.read();
        } catch (Exception e) {
            return e.getClass();
        }
    }

    @Test
    void parsesFromAnOffsetInTheBuffer() {
        char[] buf = "xx2026-11-27T23:59:01Zyy".toCharArray();
        assertThat(Rfc3339InstantDeserializer.parse(buf, 2, 20)).isEqualTo(Instant.parse("2026-11-27T23:59:01Z"));
        assertThat(Rfc3339InstantDeserializer.parse(buf, 2, 19)).isNull();
    }
}
