package com.augno.sdk.secrets.gcp;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.gcp.internal.SecretPath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What this process can learn about Google Cloud locally: the project and whether credentials
 * exist. It reads environment variables and files only and never asks the metadata server
 * ({@code ServiceOptions.getDefaultProjectId()} would, and hangs or fails off Google Cloud).
 */
final class GcpEnvironment {
    static final String PROJECT_VARIABLE = "GOOGLE_CLOUD_PROJECT";
    static final String CREDENTIALS_VARIABLE = "GOOGLE_APPLICATION_CREDENTIALS";
    private static final long MAX_CREDENTIALS_FILE_BYTES = 1 << 20;

    /** Environment variables set by Google Cloud runtimes (Cloud Run, Cloud Functions, App Engine). */
    private static final List<String> RUNTIME_VARIABLES =
            List.of("K_SERVICE", "CLOUD_RUN_JOB", "FUNCTION_TARGET", "GAE_SERVICE", "GCE_METADATA_HOST");

    private final Map<String, String> environment;
    private final Path userHome;
    private final Path productNameFile;

    GcpEnvironment(Map<String, String> environment, Path userHome, Path productNameFile) {
        this.environment = Map.copyOf(environment);
        this.userHome = userHome;
        this.productNameFile = productNameFile;
    }

    /** Returns the real environment of this process. */
    static GcpEnvironment system() {
        return new GcpEnvironment(
                System.getenv(),
                Paths.get(System.getProperty("user.home", ".")),
                Paths.get("/sys/class/dmi/id/product_name"));
    }

    private @Nullable String variable(String name) {
        String v = environment.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The gcloud application default credentials file ({@code gcloud auth application-default login}). */
    Path wellKnownCredentialsFile() {
        String config = variable("CLOUDSDK_CONFIG");
        if (config != null) {
            return Paths.get(config, "application_default_credentials.json");
        }
        String appData = variable("APPDATA");
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows && appData != null) {
            return Paths.get(appData, "gcloud", "application_default_credentials.json");
        }
        return userHome.resolve(".config").resolve("gcloud").resolve("application_default_credentials.json");
    }

    /**
     * Returns the project: the explicit one, else {@code GOOGLE_CLOUD_PROJECT}, else the
     * {@code project_id} or {@code quota_project_id} of the credentials file.
     *
     * @throws ConfigurationException listing every place looked
     */
    String resolveProject(@Nullable String explicit, String source) {
        if (explicit != null) {
            return explicit;
        }
        List<String> looked = new ArrayList<>();
        looked.add("the reference or builder (names no project)");
        String fromVariable = variable(PROJECT_VARIABLE);
        if (fromVariable != null) {
            if (!SecretPath.PROJECT.matcher(fromVariable).matches()) {
                throw new ConfigurationException(source + ": the environment variable " + PROJECT_VARIABLE
                        + " is not a project id or number"
                        + (com.augno.sdk.secrets.KeyShapes.looksLikeKey(fromVariable)
                                ? " (value not shown)"
                                : ": " + fromVariable));
            }
            return fromVariable;
        }
        looked.add("environment variable " + PROJECT_VARIABLE + " (unset)");
        String credentialsPath = variable(CREDENTIALS_VARIABLE);
        Path file = credentialsPath != null ? Paths.get(credentialsPath) : wellKnownCredentialsFile();
        String state = Files.isRegularFile(file) ? "no project_id or quota_project_id" : "absent";
        String fromFile = projectFromCredentialsFile(file);
        if (fromFile != null) {
            return fromFile;
        }
        looked.add(
                credentialsPath != null
                        ? "credentials file " + file + " (" + state + "; from " + CREDENTIALS_VARIABLE + ")"
                        : "gcloud credentials file " + file + " (" + state + "; " + CREDENTIALS_VARIABLE + " unset)");
        throw new ConfigurationException(source + ": no Google Cloud project. Looked in: " + String.join("; ", looked)
                + ". The metadata server is never asked. Name the project in the reference"
                + " (gcp-sm://projects/<project>/secrets/<secret>/versions/latest or gcp-sm://<project>/<secret>),"
                + " or set " + PROJECT_VARIABLE + ".");
    }

    /** Reads only the project fields of a credentials file; never its keys, never logs it. */
    private static @Nullable String projectFromCredentialsFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_CREDENTIALS_FILE_BYTES) {
                return null;
            }
            JsonNode node;
            try (InputStream in = Files.newInputStream(file)) {
                node = Json.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (String field : List.of("project_id", "quota_project_id")) {
                JsonNode v = node == null ? null : node.get(field);
                if (v != null
                        && v.isTextual()
                        && SecretPath.PROJECT.matcher(v.asText()).matches()) {
                    return v.asText();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            // An unreadable file is reported by the credentials check with a clearer message.
            return null;
        }
    }

    /**
     * Checks that Application Default Credentials can be found, looking only at local files and
     * variables: {@code GOOGLE_APPLICATION_CREDENTIALS}, the gcloud file, or a Google Cloud runtime
     * (Cloud Run, Cloud Functions, App Engine, a Compute Engine or GKE machine). On such a runtime
     * the credentials come from its metadata server, which is then used for tokens only.
     *
     * @throws ConfigurationException listing every place looked, when none applies
     */
    void requireCredentials(String source) {
        List<String> looked = new ArrayList<>();
        String credentialsPath = variable(CREDENTIALS_VARIABLE);
        if (credentialsPath != null) {
            Path file = Paths.get(credentialsPath);
            if (Files.isRegularFile(file) && Files.isReadable(file)) {
                return;
            }
            throw new ConfigurationException(source + ": the environment variable " + CREDENTIALS_VARIABLE
                    + " names " + file + ", which is not a readable file. Point it at a credentials JSON file,"
                    + " or unset it to use the gcloud credentials or the runtime's service account.");
        }
        looked.add("environment variable " + CREDENTIALS_VARIABLE + " (unset)");
        Path wellKnown = wellKnownCredentialsFile();
        if (Files.isRegularFile(wellKnown) && Files.isReadable(wellKnown)) {
            return;
        }
        looked.add("gcloud credentials file " + wellKnown + " (absent)");
        if ("true".equalsIgnoreCase(variable("NO_GCE_CHECK"))) {
            looked.add("Google Cloud runtime (not checked: NO_GCE_CHECK=true)");
        } else {
            for (String name : RUNTIME_VARIABLES) {
                if (variable(name) != null) {
                    return;
                }
            }
            if (productName().contains("Google")) {
                return;
            }
            looked.add("Google Cloud runtime (none of " + String.join(", ", RUNTIME_VARIABLES) + " set, "
                    + productNameFile + " does not name Google)");
        }
        throw new ConfigurationException(source + ": no Google Cloud credentials. Looked in: "
                + String.join("; ", looked)
                + ". The metadata server is never probed to find out. Set " + CREDENTIALS_VARIABLE
                + " to a credentials file, run `gcloud auth application-default login`, run on Google Cloud with"
                + " a service account (Workload Identity on GKE), or pass a credentials provider to the builder.");
    }

    private String productName() {
        try {
            if (Files.isRegularFile(productNameFile) && Files.size(productNameFile) < 4096) {
                return Files.readString(productNameFile, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable: not a Google machine as far as we can tell.
        }
        return "";
    }

    /** Loaded only when a credentials file is read, to keep Jackson off the cold path otherwise. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
