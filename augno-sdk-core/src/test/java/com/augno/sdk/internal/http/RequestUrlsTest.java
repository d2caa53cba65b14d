package com.augno.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of {@link RequestUrls} gives the URL the general path gives. */
class RequestUrlsTest {
    private static final List<String> BASES = List.of(
            "http://127.0.0.1:8089", "https://api.augno.com/", "https://api.openmrp.ai", "http://localhost:1/api/v2/");

    /** Segments that need encoding, look like dot segments, or carry escapes of their own. */
    private static final List<String> SEGMENTS = List.of(
            "key_01HXYZ",
            "a b",
            "a/b",
            "a?b",
            "a#b",
            "a%b",
            "%2E",
            "%2e%2E",
            "...",
            ".x",
            "x.",
            "a\\b",
            "é",
            "日本",
            "😀",
            "~-_.",
            "+&=;,",
            "\"<>^`{}|",
            "100%25",
            "\t\n");

    @Test
    void typedRequestsTakeTheFastPathAndGetTheGeneralPathsUrl() {
        Random random = new Random(25);
        int fast = 0;
        for (String baseUrl : BASES) {
            RequestUrls urls = new RequestUrls(BaseUrls.parse(baseUrl));
            List<ApiRequest> requests = new ArrayList<>();
            for (String segment : SEGMENTS) {
                requests.add(ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                        .addPathSegment(segment)
                        .build());
            }
            for (int i = 0; i < 500; i++) {
                ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, "/v1/x." + i);
                for (int s = random.nextInt(3); s > 0; s--) {
                    b.addPathSegment(randomSegment(random));
                }
                if (random.nextInt(4) == 0) {
                    b.query("q", randomSegment(random));
                }
                requests.add(b.build());
            }
            for (ApiRequest r : requests) {
                boolean rootNoQuery = BaseUrls.parse(baseUrl).encodedPath().equals("/")
                        && r.query().isEmpty();
                // Every path ApiRequest writes is plain: the fast path serves every typed call
                // without a query on a root base URL.
                assertTrue(RequestUrls.isPlainPath(r.encodedPath()), r.encodedPath());
                if (rootNoQuery) {
                    assertEquals(urls.general(r.encodedPath(), r.query()), urls.fast(r.encodedPath()), r.toString());
                    fast++;
                }
                assertEquals(urls.general(r.encodedPath(), r.query()), urls.urlFor(r), r.toString());
            }
        }
        assertTrue(fast > 1000, "fast path taken " + fast + " times");
    }

    @Test
    void everyPathTheCheckAcceptsGetsTheSameUrlBothWays() {
        // Raw paths from an alphabet with every character that matters to OkHttp's path parsing;
        // whatever isPlainPath accepts must come out of the fast path as from the general one.
        String alphabet = "aZ09-_~./%2eE%fF?#\\ é+";
        Random random = new Random(2025);
        RequestUrls urls = new RequestUrls(BaseUrls.parse("https://api.augno.com"));
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder("/");
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String p = path.toString();
            if (RequestUrls.isPlainPath(p)) {
                accepted++;
                assertEquals(urls.general(p, List.of()), urls.fast(p), p);
                assertEquals(p, urls.fast(p).encodedPath(), p);
            }
        }
        assertTrue(accepted > 1000, "accepted " + accepted);
    }

    @Test
    void pathsWithOtherCharactersOrDotOrEmptySegmentsAreNotPlain() {
        for (String p : List.of(
                "/",
                "",
                "v1",
                "/v1//x",
                "/v1/",
                "/v1/./x",
                "/v1/../x",
                "/v1/%2e/x",
                "/v1/.%2E",
                "/v1/%2e%2e",
                "/v1/a%2",
                "/v1/a%zz",
                "/v1/a%",
                "/v1/a b",
                "/v1/a?b",
                "/v1/a#b",
                "/v1/a\\b",
                "/v1/é",
                "/v1/a+b")) {
            assertFalse(RequestUrls.isPlainPath(p), p);
        }
        for (String p : List.of("/v1", "/v1/x/...", "/v1/.x", "/v1/x.", "/v1/a%2Fb", "/v1/%2E%2E%2E", "/v1/~_-")) {
            assertTrue(RequestUrls.isPlainPath(p), p);
        }
    }

    private static String randomSegment(Random random) {
        String segment;
        do {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                s.append(SEGMENTS.get(random.nextInt(SEGMENTS.size())).charAt(0));
                if (random.nextBoolean()) {
                    s.appendCodePoint(0x20 + random.nextInt(0x2000));
                }
            }
            segment = s.toString();
        } while (segment.equals(".") || segment.equals(".."));
        return segment;
    }
}
