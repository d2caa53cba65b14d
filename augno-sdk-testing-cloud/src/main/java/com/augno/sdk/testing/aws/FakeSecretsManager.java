package com.augno.sdk.testing.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stateful AWS Secrets Manager on a loopback WireMock server, speaking the JSON 1.1 protocol
 * ({@code POST /}, {@code X-Amz-Target: secretsmanager.<Operation>},
 * {@code application/x-amz-json-1.1}, errors as {@code {"__type": ..., "Message": ...}}), for the
 * real AWS SDK client through {@code endpointOverride}.
 *
 * <pre>{@code
 * try (FakeSecretsManager sm = new FakeSecretsManager("eu-west-1").launch()) {
 *     String arn = sm.createSecret("prod/augno", "{\"api_key\":\"...\"}");
 *     SecretsManagerClient client = SecretsManagerClient.builder()
 *             .endpointOverride(URI.create(sm.endpoint())) ... .build();
 * }
 * }</pre>
 *
 * <p>Emulated operations, with the service's rules and error wording:
 *
 * <ul>
 *   <li>{@code GetSecretValue} by {@code VersionId} and/or {@code VersionStage} (default
 *       {@code AWSCURRENT}); a version without a value (the one {@code RotateSecret} prepares) is
 *       not found.
 *   <li>{@code PutSecretValue}: {@code ClientRequestToken} is the version id; a repeated token
 *       with the same content changes nothing, with other content fails with
 *       {@code ResourceExistsException}. {@code VersionStages} (default {@code AWSCURRENT}) move to
 *       the new version; when {@code AWSCURRENT} moves, {@code AWSPREVIOUS} moves to the version it
 *       left. {@code RotationToken} is accepted.
 *   <li>{@code DescribeSecret}: {@code RotationEnabled}, {@code Tags}, {@code VersionIdsToStages}
 *       (versions that carry a stage).
 *   <li>{@code UpdateSecretVersionStage} with {@code MoveToVersionId} and
 *       {@code RemoveFromVersionId}; moving a stage off a version other than the one named is
 *       refused ({@code InvalidParameterException}).
 *   <li>{@code RotateSecret}: enables rotation and prepares an {@code AWSPENDING} version without a
 *       value (no Lambda is invoked: the test calls its handler); a pending version left by an
 *       unfinished rotation is reused, as the service reattempts it.
 * </ul>
 *
 * <p>Every call on a secret scheduled for deletion is refused ({@code InvalidRequestException})
 * except {@code DescribeSecret}; a version quota can be set. Faults: {@link #failNext} answers the
 * next call of an operation with an error; {@link #loseNextResponse} applies the next call and then
 * resets the connection, so the client never sees the answer. Tests can also add higher-priority
 * stubs on {@link #server()}. Thread-safe.
 */
public final class FakeSecretsManager implements AutoCloseable {
    /** The account id in every ARN: {@value}. */
    public static final String ACCOUNT = "111122223333";
    /** The content type of the JSON 1.1 protocol: {@value}. */
    public static final String JSON_1_1 = "application/x-amz-json-1.1";
    /** The stage of the current version. */
    public static final String AWSCURRENT = "AWSCURRENT";
    /** The stage of the version being rotated in. */
    public static final String AWSPENDING = "AWSPENDING";
    /** The stage of the version that was current before. */
    public static final String AWSPREVIOUS = "AWSPREVIOUS";

    private static final String NAME = "augno-fake-secrets-manager";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String region;
    private final Map<String, FakeSecret> secrets = new LinkedHashMap<>();
    private final List<String> targets = new ArrayList<>();
    private final Map<String, List<ResponseDefinition>> failures = new LinkedHashMap<>();
    private final Map<String, Integer> losses = new LinkedHashMap<>();
    private final WireMockServer server;
    private int versionQuota = Integer.MAX_VALUE;

    /**
     * Creates the fake for a region (used in the ARNs it makes); {@link #launch()} starts it.
     *
     * @param region the AWS region, e.g. {@code eu-west-1}
     */
    public FakeSecretsManager(String region) {
        this.region = Objects.requireNonNull(region, "region == null");
        this.server = new WireMockServer(
                wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(new Transformer(this)));
    }

    /** Starts the server on a free loopback port with the stub that routes every call here. */
    public FakeSecretsManager launch() {
        server.start();
        server.stubFor(post(urlEqualTo("/"))
                .atPriority(10)
                .withHeader("X-Amz-Target", matching("secretsmanager\\..+"))
                .willReturn(aResponse().withTransformers(NAME)));
        return this;
    }

    /** Stops the server. */
    public void shutdown() {
        server.stop();
    }

    /** Stops the server (same as {@link #shutdown()}). */
    @Override
    public void close() {
        shutdown();
    }

    /** Returns the WireMock server, for tests that add their own stubs (priority below 10 wins). */
    public WireMockServer server() {
        return server;
    }

    /** Returns {@code http://127.0.0.1:<port>}, for the client's {@code endpointOverride}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Returns the region this fake was created for. */
    public String region() {
        return region;
    }

    /** Returns the ARN the secret named {@code name} has (or would have). */
    public String arnOf(String name) {
        return "arn:aws:secretsmanager:" + region + ":" + ACCOUNT + ":secret:" + name + "-AbCdEf";
    }

    /** Creates a secret whose first version ({@code AWSCURRENT}) holds {@code value}; returns its ARN. */
    public synchronized String createSecret(String name, String value) {
        FakeSecret s = newSecret(name);
        FakeSecret.Version v = new FakeSecret.Version(UUID.randomUUID().toString());
        v.set(value, null);
        s.versions.put(v.id, v);
        s.moveStage(AWSCURRENT, v);
        return s.arn;
    }

    /** Creates a secret whose first version holds binary data; returns its ARN. */
    public synchronized String createBinarySecret(String name, byte[] value) {
        FakeSecret s = newSecret(name);
        FakeSecret.Version v = new FakeSecret.Version(UUID.randomUUID().toString());
        v.set(null, value.clone());
        s.versions.put(v.id, v);
        s.moveStage(AWSCURRENT, v);
        return s.arn;
    }

    /** Creates a secret with no version at all, as {@code CreateSecret} without a value does. */
    public synchronized void createSecretWithoutValue(String name) {
        newSecret(name);
    }

    /** Schedules the secret for deletion, as {@code DeleteSecret} with a recovery window does. */
    public synchronized void scheduleDeletion(String name) {
        secret(name).scheduledForDeletion = true;
    }

    /** Sets the number of versions a secret may hold (the service's is about 100). */
    public synchronized void versionQuota(int versions) {
        this.versionQuota = versions;
    }

    /** Turns rotation on or off for a secret ({@code DescribeSecret}'s {@code RotationEnabled}). */
    public synchronized void rotationEnabled(String name, boolean enabled) {
        secret(name).rotationEnabled = enabled;
    }

    /** Sets a tag on a secret. */
    public synchronized void tag(String name, String key, String value) {
        secret(name).tags.put(key, value);
    }

    /**
     * Starts a rotation as {@code RotateSecret} does before it invokes the rotation function:
     * enables rotation and labels a new version without a value {@code AWSPENDING}. When an
     * unfinished rotation left a pending version, that version is reused (the service reattempts
     * it).
     *
     * @return the version id, which is the {@code ClientRequestToken} of every step
     */
    public synchronized String startRotation(String name) {
        return secret(name).rotate(null);
    }

    /** Returns how many versions the secret has. */
    public synchronized int versionCount(String name) {
        return secret(name).versions.size();
    }

    /** Returns the id of the version carrying {@code stage}. */
    public synchronized String versionIdOf(String name, String stage) {
        FakeSecret.Version v = secret(name).withStage(stage);
        if (v == null) {
            throw new IllegalArgumentException("no version with stage " + stage);
        }
        return v.id;
    }

    /** Returns the string held by the version carrying {@code stage}, or null. */
    public synchronized @Nullable String valueOf(String name, String stage) {
        FakeSecret.Version v = secret(name).withStage(stage);
        return v == null ? null : v.string;
    }

    /** Returns the string held by a version, or null when it has none. */
    public synchronized @Nullable String valueOfVersion(String name, String versionId) {
        FakeSecret.Version v = secret(name).versions.get(versionId);
        return v == null ? null : v.string;
    }

    /** Returns each version that carries a stage, with its stages (as {@code VersionIdsToStages}). */
    public synchronized Map<String, List<String>> versionIdsToStages(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FakeSecret.Version v : secret(name).versions.values()) {
            if (!v.stages.isEmpty()) {
                out.put(v.id, List.copyOf(v.stages));
            }
        }
        return out;
    }

    /** Returns every operation received ({@code secretsmanager.GetSecretValue}, ...), in order. */
    public synchronized List<String> targets() {
        return List.copyOf(targets);
    }

    /** Returns how many calls of {@code operation} (e.g. {@code PutSecretValue}) were received. */
    public synchronized int calls(String operation) {
        return (int) targets.stream()
                .filter(t -> t.equals("secretsmanager." + operation))
                .count();
    }

    /**
     * Answers the next call of {@code operation} with an error, without applying it.
     *
     * @param operation e.g. {@code PutSecretValue}
     * @param status the HTTP status, e.g. 400 or 500
     * @param type the error type, e.g. {@code InternalServiceError}
     */
    public synchronized void failNext(String operation, int status, String type, String message) {
        failures.computeIfAbsent(operation, k -> new ArrayList<>()).add(error(status, type, message));
    }

    /** Applies the next call of {@code operation}, then resets the connection instead of answering. */
    public synchronized void loseNextResponse(String operation) {
        losses.merge(operation, 1, Integer::sum);
    }

    private FakeSecret newSecret(String name) {
        FakeSecret s = new FakeSecret(name, arnOf(name));
        secrets.put(name, s);
        return s;
    }

    private FakeSecret secret(String name) {
        FakeSecret s = secrets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no secret " + name);
        }
        return s;
    }

    private @Nullable FakeSecret find(String secretId) {
        for (FakeSecret s : secrets.values()) {
            if (s.name.equals(secretId) || s.arn.equals(secretId)) {
                return s;
            }
        }
        return null;
    }

    /** Routes one call; runs under the fake's lock. */
    synchronized ResponseDefinition handle(String target, String rawBody) {
        targets.add(target);
        String operation = target.substring(target.indexOf('.') + 1);
        List<ResponseDefinition> scripted = failures.get(operation);
        if (scripted != null && !scripted.isEmpty()) {
            return scripted.remove(0);
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(rawBody);
        } catch (Exception e) {
            return error(400, "SerializationException", "bad JSON");
        }
        ResponseDefinition answer = apply(operation, body);
        Integer lose = losses.get(operation);
        if (lose != null && lose > 0) {
            losses.put(operation, lose - 1);
            return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        return answer;
    }

    private ResponseDefinition apply(String operation, JsonNode body) {
        FakeSecret s = find(body.path("SecretId").asText());
        if (s == null) {
            return error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        }
        if (s.scheduledForDeletion && !operation.equals("DescribeSecret")) {
            return error(
                    400,
                    "InvalidRequestException",
                    "You can't perform this operation on the secret because it was marked for deletion.");
        }
        switch (operation) {
            case "GetSecretValue":
                return SecretsManagerReplies.getSecretValue(s, body);
            case "PutSecretValue":
                return putSecretValue(s, body);
            case "DescribeSecret":
                return SecretsManagerReplies.describeSecret(s);
            case "UpdateSecretVersionStage":
                return SecretsManagerReplies.updateSecretVersionStage(s, body);
            case "RotateSecret": {
                String id = s.rotate(
                        body.hasNonNull("ClientRequestToken")
                                ? SecretsManagerReplies.text(body, "ClientRequestToken")
                                : null);
                return SecretsManagerReplies.ok(MAPPER.createObjectNode()
                        .put("ARN", s.arn)
                        .put("Name", s.name)
                        .put("VersionId", id));
            }
            default:
                return error(400, "UnknownOperationException", "not emulated: " + operation);
        }
    }

    private ResponseDefinition putSecretValue(FakeSecret s, JsonNode body) {
        String string = body.hasNonNull("SecretString") ? SecretsManagerReplies.text(body, "SecretString") : null;
        byte[] binary = body.hasNonNull("SecretBinary")
                ? Base64.getDecoder().decode(SecretsManagerReplies.text(body, "SecretBinary"))
                : null;
        String token = body.hasNonNull("ClientRequestToken")
                ? SecretsManagerReplies.text(body, "ClientRequestToken")
                : UUID.randomUUID().toString();
        List<String> stages = new ArrayList<>();
        body.path("VersionStages").forEach(n -> stages.add(n.asText()));
        if (stages.isEmpty()) {
            stages.add(AWSCURRENT);
        }
        FakeSecret.Version v = s.versions.get(token);
        if (v != null && v.hasValue) {
            if (!v.sameContent(string, binary)) {
                return error(
                        400,
                        "ResourceExistsException",
                        "You can't modify an existing version, you can only create a new version.");
            }
        } else {
            if (v == null) {
                if (s.versions.size() >= versionQuota) {
                    return error(
                            400,
                            "LimitExceededException",
                            "You have exceeded the maximum number of versions allowed for this secret.");
                }
                v = new FakeSecret.Version(token);
                s.versions.put(token, v);
            }
            v.set(string, binary);
            for (String stage : stages) {
                s.moveStage(stage, v);
            }
        }
        ObjectNode out =
                MAPPER.createObjectNode().put("ARN", s.arn).put("Name", s.name).put("VersionId", v.id);
        v.stages.forEach(out.putArray("VersionStages")::add);
        return SecretsManagerReplies.ok(out);
    }

    /**
     * Returns an error response as Secrets Manager sends it, for tests' own stubs.
     *
     * @param status the HTTP status
     * @param type the {@code __type}, e.g. {@code ResourceNotFoundException}
     * @param message the {@code Message}
     */
    public static ResponseDefinition error(int status, String type, String message) {
        ObjectNode node = MAPPER.createObjectNode().put("__type", type).put("Message", message);
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(node.toString())
                .build();
    }

    /** The WireMock extension that hands each call to the fake. */
    private static final class Transformer implements ResponseDefinitionTransformerV2 {
        private final FakeSecretsManager fake;

        Transformer(FakeSecretsManager fake) {
            this.fake = fake;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            String target = serveEvent.getRequest().getHeader("X-Amz-Target");
            return fake.handle(target, serveEvent.getRequest().getBodyAsString());
        }
    }
}
