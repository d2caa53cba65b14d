package com.augno.sdk.internal.http;

import com.augno.sdk.http.ApiRequest;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Not API. Builds a request's absolute URL from the client's base URL. The usual typed call (a base
 * URL with the root path, no query, a path of plain characters and percent escapes, as {@link
 * ApiRequest.Builder} writes them) takes a fast path: the path is set whole, not re-split and
 * re-encoded segment by segment onto a copy of the base. Anything else takes the general path.
 * Both give the same URL. Thread-safe.
 */
final class RequestUrls {
    private final HttpUrl base;
    /** The base URL's path is {@code /}, so a request's path is the URL's path as it is. */
    private final boolean rootBase;

    RequestUrls(HttpUrl base) {
        this.base = base;
        this.rootBase = base.encodedPath().equals("/");
    }

    /** Returns the absolute URL of a request: the base URL, the path, the query. */
    HttpUrl urlFor(ApiRequest request) {
        String path = request.encodedPath();
        if (rootBase && request.query().isEmpty() && isPlainPath(path)) {
            return fast(path);
        }
        return general(path, request.query());
    }

    /** The fast path, for a root base URL, no query and a path that {@link #isPlainPath} accepts. */
    HttpUrl fast(String path) {
        return base.newBuilder().encodedPath(path).build();
    }

    /** The general path: the base URL's path, each segment appended and encoded, the query. */
    HttpUrl general(String encodedPath, List<Map.Entry<String, String>> query) {
        HttpUrl.Builder b = base.newBuilder().addEncodedPathSegments(encodedPath.substring(1));
        for (Map.Entry<String, String> q : query) {
            b.addQueryParameter(q.getKey(), q.getValue());
        }
        return b.build();
    }

    /**
     * Returns true for a path OkHttp keeps as it is: {@code /} then non-empty segments of letters,
     * digits, {@code - . _ ~} and well-formed percent escapes, none of them a dot segment ({@code
     * .}, {@code ..}, or those written with {@code %2E}), and no trailing {@code /}.
     */
    static boolean isPlainPath(String path) {
        int n = path.length();
        if (n < 2 || path.charAt(0) != '/') {
            return false;
        }
        int segmentStart = 1;
        int dots = 0; // the segment's dots, literal or %2E; -1 once it has anything else
        for (int i = 1; i <= n; i++) {
            char c = i < n ? path.charAt(i) : '/';
            if (c == '/') {
                if (i == segmentStart || dots == 1 || dots == 2) {
                    return false; // empty, ".", ".." (or an escaped form of them)
                }
                segmentStart = i + 1;
                dots = 0;
            } else if (c == '%') {
                if (i + 2 >= n || !isHex(path.charAt(i + 1)) || !isHex(path.charAt(i + 2))) {
                    return false;
                }
                boolean dot = path.charAt(i + 1) == '2' && (path.charAt(i + 2) == 'e' || path.charAt(i + 2) == 'E');
                dots = dot && dots >= 0 ? dots + 1 : -1;
                i += 2;
            } else if (c == '.') {
                dots = dots >= 0 ? dots + 1 : -1;
            } else if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '~') {
                dots = -1;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }
}
