package com.augno.sdk.http;

import com.augno.sdk.internal.json.QueryValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to the Augno API: method, path (relative to the client's base URL), query parameters,
 * JSON body and options. The typed services build these; {@code AugnoClient.request(...)} sends one
 * directly, for endpoints without a typed service. Immutable.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
 *     .addPathSegment(id)                       // percent-encoded
 *     .query("statuses", List.of("active", "revoked"))  // statuses=active,revoked
 *     .include(List.of("role"))                 // include=role
 *     .build();
 * }</pre>
 *
 * <p>Query values: collections are comma-joined under the bare name, maps become {@code
 * name[key]}, {@code java.time} values RFC 3339, open enums their raw value; nulls are left out.
 * The body is written with the SDK's JSON mapper (snake_case, nulls left out). {@link #toString()}
 * shows the method and path only.
 */
public final class ApiRequest {

    private final HttpMethod method;
    private final String encodedPath;
    private final String uriTemplate;
    private final @Nullable String operationName;
    private final List<Map.Entry<String, String>> query;
    private final @Nullable Object body;
    private final RequestOptions options;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.encodedPath = b.path.toString();
        this.uriTemplate = b.template.toString();
        this.operationName = b.operationName;
        this.query = List.copyOf(b.query);
        this.body = b.body;
        this.options = b.options;
    }

    /**
     * Returns a builder for {@code method} on {@code path}, a literal path such as {@code
     * /v1/auth/api-keys} relative to the base URL. Add variable parts (ids) with {@link
     * Builder#addPathSegment(String)}, which encodes them.
     *
     * @throws IllegalArgumentException if the path does not start with {@code /} or has characters
     *     other than letters, digits, {@code / . _ ~ -}, or a {@code .} or {@code ..} segment
     */
    public static Builder builder(HttpMethod method, String path) {
        return new Builder(method, path);
    }

    /** Returns the HTTP method. */
    public HttpMethod method() {
        return method;
    }

    /** Returns the path relative to the base URL, percent-encoded, starting with {@code /}. */
    public String encodedPath() {
        return encodedPath;
    }

    /**
     * Returns the path with each segment added by {@link Builder#addPathSegment(String)} shown as
     * {@code {id}}, such as {@code /v1/auth/api-keys/{id}}: what metrics and traces name a request
     * by, never an id.
     */
    public String uriTemplate() {
        return uriTemplate;
    }

    /**
     * Returns the operation name: the one set with {@link Builder#operationName(String)}, else the
     * method and the URI template ({@code GET /v1/auth/api-keys/{id}}).
     */
    public String operationName() {
        String name = operationName;
        return name != null ? name : method + " " + uriTemplate;
    }

    /** Returns the query parameters (names and values not yet encoded), in order. */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** Returns the body to send as JSON, if any. */
    public @Nullable Object body() {
        return body;
    }

    /** Returns the per-request options. */
    public RequestOptions options() {
        return options;
    }

    /** Returns a builder holding this request. */
    public Builder toBuilder() {
        Builder b = new Builder(method);
        b.path.append(encodedPath);
        b.template.append(uriTemplate);
        b.operationName = operationName;
        b.query.addAll(query);
        b.body = body;
        b.options = options;
        return b;
    }

    /** Shows the method and path; the query, body and options are left out. */
    @Override
    public String toString() {
        return "ApiRequest(" + method + " " + encodedPath + ")";
    }

    /** Builds an {@link ApiRequest}. Not thread-safe. */
    public static final class Builder {
        private final HttpMethod method;
        private final StringBuilder path = new StringBuilder();
        private final StringBuilder template = new StringBuilder();
        private @Nullable String operationName;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private @Nullable Object body;
        private RequestOptions options = RequestOptions.none();

        private Builder(HttpMethod method) {
            this.method = Objects.requireNonNull(method, "method == null");
        }

        private Builder(HttpMethod method, String path) {
            this(method);
            Objects.requireNonNull(path, "path == null");
            checkLiteralPath(path);
            this.path.append(path);
            this.template.append(path);
        }

        /**
         * Appends one path segment, percent-encoding every character except letters, digits and
         * {@code - . _ ~}; an id containing {@code /} or {@code ?} stays one segment.
         *
         * @throws IllegalArgumentException if the segment is empty, {@code .} or {@code ..}
         */
        public Builder addPathSegment(String segment) {
            Objects.requireNonNull(segment, "segment == null");
            checkSegment(segment);
            template.append("/{id}");
            path.append('/');
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if ((c >= 'A' && c <= 'Z')
                        || (c >= 'a' && c <= 'z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '.'
                        || c == '_'
                        || c == '~') {
                    path.append((char) c);
                } else {
                    path.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                    path.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                }
            }
            return this;
        }

        /**
         * Adds a query parameter. Nulls (and empty collections) are left out; see the class
         * documentation for how values are written.
         */
        public Builder query(String name, @Nullable Object value) {
            Objects.requireNonNull(name, "name == null");
            QueryValues.append(query, name, value);
            return this;
        }

        /**
         * Adds {@code include} (comma-joined expansion paths such as {@code role.permissions}); a
         * query parameter on every method. Does nothing for an empty collection.
         */
        public Builder include(@Nullable Collection<String> paths) {
            return query("include", paths);
        }

        /** Sets the JSON body (a model, a map or a Jackson {@code JsonNode}). */
        public Builder body(@Nullable Object body) {
            this.body = body;
            return this;
        }

        /**
         * Sets the operation name that listeners, metrics and traces show, such as {@code
         * apiKeys.retrieve}. Keep it constant per endpoint (it is a metric tag). If not specified,
         * the method and the URI template.
         */
        public Builder operationName(String operationName) {
            this.operationName = Objects.requireNonNull(operationName, "operationName == null");
            return this;
        }

        /** Sets the per-request options. If not specified, {@link RequestOptions#none()}. */
        public Builder options(RequestOptions options) {
            this.options = Objects.requireNonNull(options, "options == null");
            return this;
        }

        /** Builds the request. */
        public ApiRequest build() {
            if (path.length() == 0) {
                throw new IllegalStateException("path is empty");
            }
            return new ApiRequest(this);
        }

        /**
         * Checks {@code (/[A-Za-z0-9._~-]+)+} with no {@code .} or {@code ..} segment, by hand: every
         * typed call builds a request, and a regex match allocated more than the rest of the builder.
         */
        private static void checkLiteralPath(String path) {
            int n = path.length();
            boolean ok = n > 1 && path.charAt(0) == '/';
            int segmentStart = 1;
            for (int i = 1; ok && i <= n; i++) {
                char c = i < n ? path.charAt(i) : '/';
                if (c == '/') {
                    int len = i - segmentStart;
                    ok = len > 0
                            && !(len == 1 && path.charAt(segmentStart) == '.')
                            && !(len == 2 && path.charAt(segmentStart) == '.' && path.charAt(segmentStart + 1) == '.');
                    if (len > 0 && !ok) {
                        throw new IllegalArgumentException("Empty, '.' or '..' path segment");
                    }
                    segmentStart = i + 1;
                } else {
                    ok = (c >= 'A' && c <= 'Z')
                            || (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '_'
                            || c == '~'
                            || c == '-';
                }
            }
            if (!ok) {
                throw new IllegalArgumentException("Not a literal API path (letters, digits, / . _ ~ - only, starting"
                        + " with /; add ids with addPathSegment): " + path);
            }
        }

        private static void checkSegment(String segment) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Empty, '.' or '..' path segment");
            }
        }
    }
}
