package com.augno.sdk.secrets;

import com.augno.sdk.errors.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A parsed secret reference: {@code scheme://target[?name=value&...][#field]}.
 *
 * <p>Parsed by our own code, not {@code java.net.URI}: AWS secret names may contain
 * {@code @ + = /} and ARNs contain {@code :}. The target is everything between {@code ://} and the
 * first {@code ?} or {@code #}, taken as written. Parameter values are percent-decoded. The
 * fragment names a JSON field to extract. A reference is configuration, not a secret: its
 * {@link #toString()} is the canonical text and safe to log, and {@link #parse} refuses text that
 * looks like an API key rather than echoing it.
 */
public final class SecretReference {
    /** The accepted forms, for error messages. */
    public static final String ACCEPTED_FORMS = "env://<VARIABLE>, file:///<absolute path>, "
            + "aws-sm://<name or ARN>[?region=..&stage=..&versionId=..&endpoint=..][#<json field>], "
            + "gcp-sm://projects/<project>/secrets/<secret>/versions/<version>[?endpoint=..][#<json field>], "
            + "gcp-sm://<project>/<secret>, gcp-sm://<secret>, "
            + "azure-kv://<vault-name>/<secret-name>[/<version>][?endpoint=..][#<json field>], "
            + "vault://<mount>/<path>[?version=..&namespace=..&endpoint=..&auth=..][#<field>]";

    private final String scheme;
    private final String target;
    private final Map<String, String> parameters;
    private final @Nullable String jsonField;

    private SecretReference(String scheme, String target, Map<String, String> parameters, @Nullable String jsonField) {
        this.scheme = scheme;
        this.target = target;
        this.parameters = parameters;
        this.jsonField = jsonField;
    }

    /**
     * Parses a reference.
     *
     * @throws ConfigurationException if the text is empty, looks like an API key (refused without
     *     echoing it), has no {@code scheme://}, an empty target, a malformed or repeated parameter,
     *     or an empty {@code #field}; the message lists the accepted forms
     */
    public static SecretReference parse(String text) {
        Objects.requireNonNull(text, "text == null");
        String t = text.trim();
        if (t.isEmpty()) {
            throw new ConfigurationException("The secret reference is empty. Accepted forms: " + ACCEPTED_FORMS);
        }
        if (KeyShapes.looksLikeKey(t)) {
            throw new ConfigurationException("The secret reference holds what looks like an API key itself (not shown)."
                    + " Configuration must name where the key is stored, never the key: store it in a secret"
                    + " store or an environment variable and reference that. Accepted forms: " + ACCEPTED_FORMS);
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isISOControl(t.charAt(i))) {
                throw new ConfigurationException("The secret reference contains a control character (not shown)."
                        + " Write it on one line. Accepted forms: " + ACCEPTED_FORMS);
            }
        }
        int sep = t.indexOf("://");
        if (sep <= 0) {
            throw new ConfigurationException(
                    "The secret reference has no scheme (expected scheme://...). Accepted forms: " + ACCEPTED_FORMS);
        }
        String scheme = t.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
            throw new ConfigurationException(
                    "The secret reference has a malformed scheme. Accepted forms: " + ACCEPTED_FORMS);
        }
        String rest = t.substring(sep + 3);
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
            if (fragment.isEmpty()) {
                throw new ConfigurationException("The secret reference " + scheme + "://" + rest
                        + "# has an empty JSON field name after '#'. Name the field, e.g. #api_key, or drop the '#'.");
            }
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.isEmpty()) {
            throw new ConfigurationException("The secret reference " + scheme
                    + ":// names nothing after the scheme. Accepted forms: " + ACCEPTED_FORMS);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                int eq = pair.indexOf('=');
                if (pair.isEmpty() || eq <= 0) {
                    throw new ConfigurationException("The secret reference " + scheme + "://" + rest
                            + " has a malformed parameter '" + pair + "': use name=value pairs joined by '&'.");
                }
                String name = pair.substring(0, eq);
                String value;
                try {
                    value = percentDecode(pair.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException("The secret reference " + scheme + "://" + rest
                            + " has a malformed percent-encoding in parameter '" + name + "'.");
                }
                if (params.put(name, value) != null) {
                    throw new ConfigurationException(
                            "The secret reference " + scheme + "://" + rest + " repeats parameter '" + name + "'.");
                }
            }
        }
        return new SecretReference(scheme, rest, Collections.unmodifiableMap(params), fragment);
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8. Unlike form decoding, {@code +} stays a plus sign (AWS
     * names and labels may contain it).
     *
     * @throws IllegalArgumentException on a malformed escape
     */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                out.write((hi << 4) | lo);
                i += 3;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
                i++;
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Returns the scheme, lower case, e.g. {@code aws-sm}. */
    public String scheme() {
        return scheme;
    }

    /** Returns the target: the text between {@code ://} and the first {@code ?} or {@code #}. */
    public String target() {
        return target;
    }

    /** Returns the parameters, percent-decoded, in the order written. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Returns one parameter's value, if present. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** Returns the JSON field to extract ({@code #field}), if any. */
    public Optional<String> jsonField() {
        return Optional.ofNullable(jsonField);
    }

    /**
     * Checks that every parameter is one of {@code allowed}.
     *
     * @throws ConfigurationException naming the unknown parameter and the allowed ones
     */
    public void requireOnlyParameters(Set<String> allowed) {
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw new ConfigurationException("The secret reference " + this + " has an unknown parameter '" + name
                        + "'. " + scheme + ":// accepts "
                        + (allowed.isEmpty() ? "no parameters" : new TreeSet<>(allowed))
                        + ".");
            }
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof SecretReference)) {
            return false;
        }
        SecretReference r = (SecretReference) o;
        return scheme.equals(r.scheme)
                && target.equals(r.target)
                && parameters.equals(r.parameters)
                && Objects.equals(jsonField, r.jsonField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, target, parameters, jsonField);
    }

    /** Returns the canonical text of the reference; safe to log. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(scheme).append("://").append(target);
        char join = '?';
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sb.append(join).append(e.getKey()).append('=').append(e.getValue());
            join = '&';
        }
        if (jsonField != null) {
            sb.append('#').append(jsonField);
        }
        return sb.toString();
    }
}
