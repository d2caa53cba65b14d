package com.augno.sdk.secrets.gcp.internal;

import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.secrets.Causes;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not API. Secret Manager's failures as the SDK's typed errors, per DESIGN section 6: which status
 * is transient (the key cache's stale window holds through it), which is a person's to fix (with
 * the role, permission or {@code gcloud} command that fixes it), and never a server text or cause
 * that could hold a key. The counterpart of the AWS module's {@code SecretsManagerErrors}.
 */
public final class SecretManagerErrors {
    /** "Secret Version [projects/p/secrets/s/versions/2] is in DISABLED state." */
    private static final Pattern VERSION_STATE = Pattern.compile("/versions/(\\d+)\\] is in [A-Z_]+ state");

    private final String description;
    private final String project;
    private final String secret;
    private final String version;
    private final Duration callTimeout;

    public SecretManagerErrors(
            String description, String project, String secret, String version, Duration callTimeout) {
        this.description = description;
        this.project = project;
        this.secret = secret;
        this.version = version;
        this.callTimeout = callTimeout;
    }

    /** What a call does, for error messages naming the role needed. */
    public enum Operation {
        ACCESS(SecretVersions.ACCESSOR_ROLE, SecretVersions.ACCESS_PERMISSION),
        ADD(SecretVersions.VERSION_ADDER_ROLE, SecretVersions.ADD_PERMISSION),
        TEST_PERMISSIONS(SecretVersions.ACCESSOR_ROLE, SecretVersions.ACCESS_PERMISSION);

        final String role;
        final String permission;

        Operation(String role, String permission) {
            this.role = role;
            this.permission = permission;
        }
    }

    /** Thrown internally for UNIMPLEMENTED, which canWrite turns into UNKNOWN. */
    public static final class UnimplementedException extends SecretProviderException {
        private static final long serialVersionUID = 1L;

        UnimplementedException(String source, String message) {
            super(source, message);
        }
    }

    /** Maps a failed call's status to the typed exception callers see; never quotes a key. */
    SecretProviderException map(Operation operation, ApiException e, String rpc) {
        StatusCode.Code code = e.getStatusCode().getCode();
        String server = serverMessage(e);
        Throwable cause = Causes.safeCause(e);
        switch (code) {
            case NOT_FOUND:
                return new SecretNotFoundException(
                        description,
                        (operation == Operation.ADD
                                        ? "the secret " + secretName() + " does not exist; create it first"
                                                + " (gcloud secrets create " + secret + " --project " + project + ")"
                                        : "Secret Manager has no " + versionName(version)
                                                + " (wrong project or secret name, or the secret has no versions yet)")
                                + server,
                        cause);
            case PERMISSION_DENIED:
                return new SecretAccessDeniedException(
                        description,
                        "permission denied: grant the caller's service account " + operation.role + " on the secret "
                                + secretName() + " (it needs " + operation.permission + "). Secret Manager also"
                                + " answers this way for a secret that does not exist in a project you cannot list."
                                + server,
                        cause);
            case UNAUTHENTICATED:
                if (credentialRefreshFailed(e)) {
                    // The workload's token could not be fetched (metadata server or STS blip): the
                    // credentials were never judged, so waiting may help; the key cache keeps its key.
                    return new SecretUnavailableException(
                            description,
                            rpc + " failed with UNAUTHENTICATED because the workload's Google credentials could not"
                                    + " be refreshed just now (an I/O failure); retrying later may succeed.",
                            cause);
                }
                return new SecretAccessDeniedException(
                        description,
                        "the credentials were rejected (UNAUTHENTICATED): check GOOGLE_APPLICATION_CREDENTIALS or the"
                                + " workload's service account." + server,
                        cause);
            case FAILED_PRECONDITION:
                return new SecretProviderException(description, notEnabled(operation, e, rpc) + server, cause);
            case UNAVAILABLE:
            case UNKNOWN: // e.g. a proxy's 502 or a broken HTTP/2 stream: nothing was judged
            case CANCELLED: // cancelled on the way (channel shutdown, a proxy): not an answer
            case DEADLINE_EXCEEDED:
            case RESOURCE_EXHAUSTED:
            case ABORTED:
            case INTERNAL:
                return new SecretUnavailableException(
                        description,
                        rpc + " failed with " + code
                                + (code == StatusCode.Code.DEADLINE_EXCEEDED
                                        ? " (the call deadline is " + callTimeout + "; see callTimeout)"
                                        : "")
                                + "; retrying later may succeed." + server,
                        cause);
            case UNIMPLEMENTED:
                return new UnimplementedException(description, rpc + " is not implemented by this server." + server);
            default:
                return new SecretProviderException(description, rpc + " failed with " + code + "." + server, cause);
        }
    }

    /**
     * The advice for FAILED_PRECONDITION. On access it means the version is DISABLED or DESTROYED
     * (the server names which, and the version); never transient, as only a person can fix it.
     */
    private String notEnabled(Operation operation, ApiException e, String rpc) {
        if (operation != Operation.ACCESS) {
            return rpc + " failed with FAILED_PRECONDITION: the secret is not in a state that allows it (for"
                    + " example its customer-managed encryption key is disabled). Retrying will not help.";
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        Matcher state = VERSION_STATE.matcher(m);
        String number = state.find() ? state.group(1) : null;
        String which = number == null ? "the version" : "version " + number;
        String gcloud = " --secret " + secret + " --project " + project;
        String advice;
        if (m.contains("DESTROYED")) {
            advice = which + " is destroyed, its data is gone: add a new version (gcloud secrets versions add "
                    + secret + " --project " + project + " --data-file=-, or a key rotation) or reference an"
                    + " enabled version number.";
        } else if (m.contains("DISABLED")) {
            advice = which + " is disabled: enable it (gcloud secrets versions enable "
                    + (number == null ? "<version>" : number) + gcloud
                    + "), add a new version, or reference an enabled version number.";
        } else {
            advice = "enable the version, add a new version, or reference an enabled version number.";
        }
        return "the version is not enabled (disabled or destroyed), so it cannot be read; retrying will not help: "
                + advice
                + (SecretVersions.LATEST.equals(version)
                        ? " Note: 'latest' is the newest version even when it is disabled or destroyed."
                        : "");
    }

    /**
     * True when an UNAUTHENTICATED status was raised on this side because fetching the credentials
     * failed with an I/O error (gRPC reports a failed {@code getRequestMetadata} this way), rather
     * than by the server rejecting them.
     */
    static boolean credentialRefreshFailed(Throwable e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The server's message, unless it could hold a key; bounded. */
    private static String serverMessage(ApiException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "";
        }
        if (com.augno.sdk.secrets.KeyShapes.looksLikeKey(m)) {
            return " (server message withheld: it looks like it holds a key)";
        }
        return " Server said: " + (m.length() > 300 ? m.substring(0, 300) + "..." : m);
    }

    private String secretName() {
        return "projects/" + project + "/secrets/" + secret;
    }

    private String versionName(String v) {
        return secretName() + "/versions/" + v;
    }
}
