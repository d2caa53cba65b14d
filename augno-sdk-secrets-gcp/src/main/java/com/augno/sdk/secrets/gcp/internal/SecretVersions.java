package com.augno.sdk.secrets.gcp.internal;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.internal.secrets.LazyStoreClient;
import com.augno.sdk.internal.secrets.SecretText;
import com.augno.sdk.secrets.WriteAccess;
import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.AddSecretVersionRequest;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.cloud.secretmanager.v1.SecretVersion;
import com.google.iam.v1.TestIamPermissionsRequest;
import com.google.iam.v1.TestIamPermissionsResponse;
import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The versions of one secret in Secret Manager, as {@code GcpSecretManagerSecretProvider}
 * reads and adds them: the resource names, the payload's CRC32C both ways, its UTF-8 text, the
 * 64 KiB limit, and the IAM permissions a write needs. Thread-safe.
 */
public final class SecretVersions {
    /** The version read when none is named: the most recently created one. */
    public static final String LATEST = "latest";

    /** The IAM permission of a read. */
    public static final String ACCESS_PERMISSION = "secretmanager.versions.access";

    /** The IAM permission of a write. */
    public static final String ADD_PERMISSION = "secretmanager.versions.add";

    /** The role that grants {@link #ACCESS_PERMISSION}. */
    public static final String ACCESSOR_ROLE = "roles/secretmanager.secretAccessor";

    /** The role that grants {@link #ADD_PERMISSION}. */
    public static final String VERSION_ADDER_ROLE = "roles/secretmanager.secretVersionAdder";

    /** The largest payload Secret Manager stores. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final String description;
    private final String project;
    private final String secret;
    private final @Nullable String jsonField;
    private final SecretManagerCalls calls;

    /**
     * Creates the versions of {@code projects/<project>/secrets/<secret>}, read at {@code version}
     * (for error messages), called on {@code client} within {@code callTimeout}.
     */
    public SecretVersions(
            String description,
            String project,
            String secret,
            String version,
            @Nullable String jsonField,
            Duration callTimeout,
            LazyStoreClient<SecretManagerServiceClient> client) {
        this.description = description;
        this.project = project;
        this.secret = secret;
        this.jsonField = jsonField;
        this.calls = new SecretManagerCalls(
                description,
                callTimeout,
                client,
                new SecretManagerErrors(description, project, secret, version, callTimeout));
    }

    /**
     * Calls {@code AccessSecretVersion} on version {@code v} and checks the payload's CRC32C when
     * the server sent one.
     *
     * @throws SecretProviderException (or a subclass) as the call fails, or if the CRC32C differs
     */
    public AccessSecretVersionResponse access(String v) {
        AccessSecretVersionRequest request =
                AccessSecretVersionRequest.newBuilder().setName(versionName(v)).build();
        AccessSecretVersionResponse response = calls.call(
                SecretManagerErrors.Operation.ACCESS,
                request,
                client -> client.accessSecretVersionCallable(),
                "AccessSecretVersion");
        if (response.getPayload().hasDataCrc32C()) {
            long expected = response.getPayload().getDataCrc32C();
            long actual = crc32c(response.getPayload().getData().toByteArray());
            if (expected != actual) {
                throw new SecretProviderException(
                        description,
                        "the payload of version "
                                + versionNumber(response.getName(), v)
                                + " failed its CRC32C check (corrupted in transit or storage); it was not used."
                                + " Fetch again; if it persists, add a new version of the secret.");
            }
        }
        return response;
    }

    /** The latest JSON document, or null when the secret has no version yet. */
    public @Nullable String currentDocument() {
        try {
            return decode(access(LATEST));
        } catch (SecretNotFoundException e) {
            return null;
        } catch (InvalidApiKeyException e) {
            throw new SecretProviderException(
                    description,
                    "the current secret is not UTF-8 text, so field '" + jsonField
                            + "' cannot be replaced; refusing to overwrite it.");
        }
    }

    /**
     * Returns the payload's text.
     *
     * @throws InvalidApiKeyException if it is not UTF-8 text
     */
    public String decode(AccessSecretVersionResponse response) {
        String text = SecretText.utf8(response.getPayload().getData().asReadOnlyByteBuffer());
        if (text == null) {
            throw new InvalidApiKeyException(description, "the secret is not UTF-8 text");
        }
        return text;
    }

    /**
     * Returns {@code payload} as UTF-8 bytes.
     *
     * @throws SecretProviderException if they exceed {@link #MAX_PAYLOAD_BYTES}
     */
    public byte[] payloadBytes(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_PAYLOAD_BYTES) {
            throw new SecretProviderException(
                    description,
                    "the new secret is " + bytes.length + " bytes; Secret Manager stores at most " + MAX_PAYLOAD_BYTES
                            + ".");
        }
        return bytes;
    }

    /**
     * Calls {@code AddSecretVersion} with {@code bytes} and their CRC32C.
     *
     * @return the new version number
     * @throws SecretProviderException (or a subclass) as the call fails
     */
    public String add(byte[] bytes) {
        AddSecretVersionRequest request = AddSecretVersionRequest.newBuilder()
                .setParent(secretName())
                .setPayload(SecretPayload.newBuilder()
                        .setData(ByteString.copyFrom(bytes))
                        .setDataCrc32C(crc32c(bytes)))
                .build();
        SecretVersion created = calls.call(
                SecretManagerErrors.Operation.ADD,
                request,
                client -> client.addSecretVersionCallable(),
                "AddSecretVersion");
        return versionNumber(created.getName(), "");
    }

    /**
     * Asks {@code testIamPermissions} for {@link #ADD_PERMISSION} (and {@link #ACCESS_PERMISSION}
     * with a JSON field, which a put reads first).
     *
     * @return {@link WriteAccess#YES} when all are granted, {@link WriteAccess#NO} when not or the
     *     call is refused, {@link WriteAccess#UNKNOWN} when the server has no IAM (some emulators)
     * @throws SecretProviderException (or a subclass) for other failures
     */
    public WriteAccess testWritePermissions() {
        List<String> needed = new ArrayList<>();
        needed.add(ADD_PERMISSION);
        if (jsonField != null) {
            needed.add(ACCESS_PERMISSION);
        }
        TestIamPermissionsRequest request = TestIamPermissionsRequest.newBuilder()
                .setResource(secretName())
                .addAllPermissions(needed)
                .build();
        try {
            TestIamPermissionsResponse response = calls.call(
                    SecretManagerErrors.Operation.TEST_PERMISSIONS,
                    request,
                    client -> client.testIamPermissionsCallable(),
                    "TestIamPermissions");
            return response.getPermissionsList().containsAll(needed) ? WriteAccess.YES : WriteAccess.NO;
        } catch (SecretAccessDeniedException e) {
            return WriteAccess.NO;
        } catch (SecretManagerErrors.UnimplementedException e) {
            return WriteAccess.UNKNOWN;
        }
    }

    /** Returns {@code projects/<project>/secrets/<secret>}. */
    public String secretName() {
        return "projects/" + project + "/secrets/" + secret;
    }

    /** Returns {@code projects/<project>/secrets/<secret>/versions/<v>}. */
    public String versionName(String v) {
        return secretName() + "/versions/" + v;
    }

    /** The last part of {@code projects/p/secrets/s/versions/7}, else {@code fallback}. */
    public static String versionNumber(String name, String fallback) {
        int slash = name.lastIndexOf("/versions/");
        if (slash >= 0) {
            String n = name.substring(slash + "/versions/".length());
            if (!n.isEmpty() && !n.contains("/")) {
                return n;
            }
        }
        return fallback;
    }

    /** Returns the CRC32C of {@code bytes}, as Secret Manager checks payloads. */
    public static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
