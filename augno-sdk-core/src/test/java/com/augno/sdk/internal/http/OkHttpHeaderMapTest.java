package com.augno.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.augno.sdk.http.ResponseHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Response headers copied through {@link OkHttpHeaderMap} equal those copied from {@code toMultimap()}. */
class OkHttpHeaderMapTest {

    @Test
    void sameResponseHeadersAsFromToMultimap() {
        List<Headers> cases = new ArrayList<>();
        cases.add(Headers.of());
        cases.add(Headers.of("Content-Type", "application/json"));
        cases.add(Headers.of(
                "Date", "Fri, 04 Dec 2026 10:00:00 GMT",
                "Content-type", "application/json",
                "Request-Id", "req_1",
                "RateLimit-Remaining", "99"));
        // Repeated names, in different cases and interleaved: values grouped in order.
        cases.add(Headers.of(
                "Set-Cookie", "a=1",
                "X-Other", "o",
                "set-cookie", "b=2",
                "SET-COOKIE", "c=3",
                "x-other", "p",
                "Via", "1.1 proxy"));
        Random random = new Random(25);
        String[] names = {"A", "a", "B", "b-b", "Request-ID", "request-id", "X-Request-Id", "Warning"};
        for (int i = 0; i < 300; i++) {
            Headers.Builder b = new Headers.Builder();
            for (int n = random.nextInt(10); n > 0; n--) {
                b.add(names[random.nextInt(names.length)], "v" + random.nextInt(5));
            }
            cases.add(b.build());
        }
        for (Headers h : cases) {
            ResponseHeaders expected = ResponseHeaders.of(h.toMultimap());
            ResponseHeaders actual = ResponseHeaders.of(new OkHttpHeaderMap(h));
            assertEquals(new ArrayList<>(expected.names()), new ArrayList<>(actual.names()), h.toString());
            assertEquals(expected.asMap(), actual.asMap(), h.toString());
            assertEquals(expected.requestId(), actual.requestId(), h.toString());
            assertEquals(expected.toString(), actual.toString());
        }
    }

    @Test
    void forEachGivesWhatToMultimapHolds() {
        Headers h = Headers.of("B", "1", "a", "2", "b", "3", "A", "4", "C", "5");
        Map<String, List<String>> seen = new LinkedHashMap<>();
        new OkHttpHeaderMap(h).forEach(seen::put);
        assertEquals(h.toMultimap(), seen);
        assertEquals(List.of("b", "a", "c"), new ArrayList<>(seen.keySet())); // first occurrence order
        assertEquals(3, new OkHttpHeaderMap(h).size());
        assertEquals(h.toMultimap(), new OkHttpHeaderMap(h));
    }
}
