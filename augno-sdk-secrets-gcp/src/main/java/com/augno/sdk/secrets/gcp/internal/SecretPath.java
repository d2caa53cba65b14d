package com.augno.sdk.secrets.gcp.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.KeyShapes;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The project, secret and version named by the target of a {@code gcp-sm://} reference. The
 * project is null for the short form {@code gcp-sm://<secret>}.
 */
public final class SecretPath {
    static final String FORMS =
            "gcp-sm://projects/<project>/secrets/<secret>/versions/<version>[?endpoint=..][#<json field>],"
                    + " gcp-sm://projects/<project>/secrets/<secret> (version latest),"
                    + " gcp-sm://<project>/<secret> (version latest),"
                    + " gcp-sm://<secret> (version latest; project from GOOGLE_CLOUD_PROJECT or the credentials file)";

    /** Project ids (6 to 30 characters), project numbers, and legacy domain-scoped ids. */
    public static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9.:-]{0,99}");
    /** Secret Manager's secret id rule. */
    static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    /** {@code latest} or a version number. */
    static final Pattern VERSION = Pattern.compile("latest|[1-9][0-9]{0,18}");

    private final @Nullable String project;
    private final String secret;
    private final String version;

    SecretPath(@Nullable String project, String secret, String version) {
        this.project = project;
        this.secret = secret;
        this.version = version;
    }

    /** Parses the target (the text after {@code gcp-sm://}, before {@code ?} and {@code #}). */
    public static SecretPath parse(String target) {
        String[] parts = target.split("/", -1);
        if (parts.length >= 4 && parts[0].equals("projects") && parts[2].equals("secrets")) {
            if (parts.length == 4) {
                return checked(target, parts[1], parts[3], "latest");
            }
            if (parts.length == 6 && parts[4].equals("versions")) {
                return checked(target, parts[1], parts[3], parts[5]);
            }
        } else if (parts.length >= 2 && parts[0].equals("projects")) {
            throw malformed(
                    target,
                    "it starts with projects/ but is not projects/<project>/secrets/<secret>"
                            + "[/versions/<version>] (regional secrets, projects/<p>/locations/<l>/..., are not supported)");
        } else if (parts.length == 2) {
            return checked(target, parts[0], parts[1], "latest");
        } else if (parts.length == 1) {
            return checked(target, null, parts[0], "latest");
        }
        throw malformed(target, "it has an unexpected number of '/' separated parts");
    }

    /**
     * Checks the parts of a builder-made path.
     *
     * @throws ConfigurationException naming the bad part
     */
    public static SecretPath of(@Nullable String project, String secret, String version) {
        String target =
                (project == null ? "" : "projects/" + project + "/") + "secrets/" + secret + "/versions/" + version;
        return checked(target, project, secret, version);
    }

    private static SecretPath checked(String target, @Nullable String project, String secret, String version) {
        if (KeyShapes.looksLikeKey(target)) {
            throw new ConfigurationException(
                    "The gcp-sm secret name holds what looks like an API key itself (not shown)."
                            + " Name the secret that stores the key, never the key. Accepted forms: " + FORMS);
        }
        if (project != null && !PROJECT.matcher(project).matches()) {
            throw malformed(
                    target, "'" + project + "' is not a project id or number (lower-case letters, digits, '-')");
        }
        if (!SECRET.matcher(secret).matches()) {
            throw malformed(target, "'" + secret + "' is not a secret id (1 to 255 letters, digits, '_' or '-')");
        }
        if (!VERSION.matcher(version).matches()) {
            throw malformed(target, "'" + version + "' is not a version ('latest' or a version number)");
        }
        return new SecretPath(project, secret, version);
    }

    private static ConfigurationException malformed(String target, String why) {
        return new ConfigurationException(
                "The secret reference gcp-sm://" + target + " is malformed: " + why + ". Accepted forms: " + FORMS);
    }

    @Nullable
    public String project() {
        return project;
    }

    public String secret() {
        return secret;
    }

    public String version() {
        return version;
    }
}
