package com.augno.sdk.secrets.aws;

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
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A small, stateful AWS Secrets Manager on WireMock, speaking the JSON 1.1 protocol ({@code POST /},
 * {@code X-Amz-Target: secretsmanager.<Operation>}, {@code application/x-amz-json-1.1}, errors as
 * {@code {"__type": ..., "Message": ...}}).
 *
 * <p>It keeps versions and stages like the service: {@code PutSecretValue} makes a new version
 * {@code AWSCURRENT} and the old one {@code AWSPREVIOUS}; a repeated {@code ClientRequestToken}
 * with the same content returns the existing version (no second version), with other content
 * {@code ResourceExistsException}. Like the service, it refuses every call on a secret scheduled for
 * deletion ({@code InvalidRequestException}), can hold a secret with no version, and can enforce a
 * quota of versions per secret ({@code LimitExceededException} on {@code PutSecretValue}); error
 * messages follow the service's wording. Tests add higher-priority stubs for other faults.
 */
final class FakeSecretsManager implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-secrets-manager";
    static final String ACCOUNT = "111122223333";
    static final String JSON_1_1 = "application/x-amz-json-1.1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String region;
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final WireMockServer server;
    private int versionQuota = Integer.MAX_VALUE;

    private static final class Version {
        final String id;
        final @Nullable String string;
        final byte @Nullable [] binary;
        final Set<String> stages = new LinkedHashSet<>();

        Version(String id, @Nullable String string, byte @Nullable [] binary) {
            this.id = id;
            this.string = string;
            this.binary = binary;
        }

        boolean sameContent(@Nullable String s, byte @Nullable [] b) {
            return java.util.Objects.equals(string, s) && Arrays.equals(binary, b);
        }
    }

    private static final class Secret {
        final String name;
        final String arn;
        final Map<String, Version> versions = new LinkedHashMap<>();
        boolean scheduledForDeletion;

        Secret(String name, String arn) {
            this.name = name;
            this.arn = arn;
        }
    }

    FakeSecretsManager(String region) {
        this.region = region;
        this.server = new WireMockServer(
                wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(this));
    }

    /** Starts the server with the stub that routes every Secrets Manager call here. */
    FakeSecretsManager launch() {
        server.start();
        server.stubFor(post(urlEqualTo("/"))
                .atPriority(10)
                .withHeader("X-Amz-Target", matching("secretsmanager\\..+"))
                .willReturn(aResponse().withTransformers(NAME)));
        return this;
    }

    void shutdown() {
        server.stop();
    }

    WireMockServer server() {
        return server;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Creates a secret whose first version (AWSCURRENT) holds {@code value}; returns its ARN. */
    synchronized String createSecret(String name, String value) {
        Secret s = newSecret(name);
        addVersion(s, UUID.randomUUID().toString(), value, null);
        return s.arn;
    }

    /** Creates a secret whose first version holds binary data; returns its ARN. */
    synchronized String createBinarySecret(String name, byte[] value) {
        Secret s = newSecret(name);
        addVersion(s, UUID.randomUUID().toString(), null, value.clone());
        return s.arn;
    }

    /** Creates a secret with no version at all, as {@code CreateSecret} without a value does. */
    synchronized void createSecretWithoutValue(String name) {
        newSecret(name);
    }

    /** Schedules the secret for deletion, as {@code DeleteSecret} with a recovery window does. */
    synchronized void scheduleDeletion(String name) {
        secret(name).scheduledForDeletion = true;
    }

    /** Sets the number of versions a secret may hold (the service's is about 100). */
    synchronized void versionQuota(int versions) {
        this.versionQuota = versions;
    }

    /** Returns how many versions the secret has. */
    synchronized int versionCount(String name) {
        return secret(name).versions.size();
    }

    /** Returns the id of the version carrying {@code stage}. */
    synchronized String versionIdOf(String name, String stage) {
        Version v = withStage(secret(name), stage);
        if (v == null) {
            throw new IllegalArgumentException("no version with stage " + stage);
        }
        return v.id;
    }

    /** Returns the string held by the version carrying {@code stage}. */
    synchronized @Nullable String valueOf(String name, String stage) {
        Version v = withStage(secret(name), stage);
        return v == null ? null : v.string;
    }

    private Secret newSecret(String name) {
        String arn = "arn:aws:secretsmanager:" + region + ":" + ACCOUNT + ":secret:" + name + "-AbCdEf";
        Secret s = new Secret(name, arn);
        secrets.put(name, s);
        return s;
    }

    private Secret secret(String name) {
        Secret s = secrets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no secret " + name);
        }
        return s;
    }

    private static Version addVersion(Secret s, String id, @Nullable String string, byte @Nullable [] binary) {
        Version v = new Version(id, string, binary);
        for (Version old : s.versions.values()) {
            old.stages.remove("AWSPREVIOUS");
        }
        for (Version old : s.versions.values()) {
            if (old.stages.remove("AWSCURRENT")) {
                old.stages.add("AWSPREVIOUS");
            }
        }
        v.stages.add("AWSCURRENT");
        s.versions.put(id, v);
        return v;
    }

    private static @Nullable Version withStage(Secret s, String stage) {
        for (Version v : s.versions.values()) {
            if (v.stages.contains(stage)) {
                return v;
            }
        }
        return null;
    }

    private @Nullable Secret find(String secretId) {
        for (Secret s : secrets.values()) {
            if (s.name.equals(secretId) || s.arn.equals(secretId)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        String target = serveEvent.getRequest().getHeader("X-Amz-Target");
        JsonNode body;
        try {
            body = MAPPER.readTree(serveEvent.getRequest().getBodyAsString());
        } catch (Exception e) {
            return error(400, "SerializationException", "bad JSON");
        }
        switch (target) {
            case "secretsmanager.GetSecretValue":
                return getSecretValue(body);
            case "secretsmanager.PutSecretValue":
                return putSecretValue(body);
            default:
                return error(400, "UnknownOperationException", "not emulated: " + target);
        }
    }

    private static ResponseDefinition markedForDeletion() {
        return error(
                400,
                "InvalidRequestException",
                "You can't perform this operation on the secret because it was marked for deletion.");
    }

    private ResponseDefinition getSecretValue(JsonNode body) {
        Secret s = find(body.path("SecretId").asText());
        if (s == null) {
            return error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        }
        if (s.scheduledForDeletion) {
            return markedForDeletion();
        }
        Version v;
        if (body.hasNonNull("VersionId")) {
            String id = body.get("VersionId").asText();
            v = s.versions.get(id);
            if (v == null) {
                return error(
                        400,
                        "ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret value for VersionId: " + id);
            }
        } else {
            String stage = body.path("VersionStage").asText("AWSCURRENT");
            v = withStage(s, stage);
            if (v == null) {
                return error(
                        400,
                        "ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret value for staging label: " + stage);
            }
        }
        ObjectNode out = MAPPER.createObjectNode()
                .put("ARN", s.arn)
                .put("Name", s.name)
                .put("VersionId", v.id)
                .put("CreatedDate", 1.523477145713E9);
        if (v.string != null) {
            out.put("SecretString", v.string);
        }
        if (v.binary != null) {
            out.put("SecretBinary", Base64.getEncoder().encodeToString(v.binary));
        }
        out.putArray("VersionStages").addAll(stages(v));
        return ok(out);
    }

    private ResponseDefinition putSecretValue(JsonNode body) {
        Secret s = find(body.path("SecretId").asText());
        if (s == null) {
            return error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        }
        if (s.scheduledForDeletion) {
            return markedForDeletion();
        }
        String string =
                body.hasNonNull("SecretString") ? body.get("SecretString").asText() : null;
        byte[] binary = body.hasNonNull("SecretBinary")
                ? Base64.getDecoder().decode(body.get("SecretBinary").asText())
                : null;
        String token = body.hasNonNull("ClientRequestToken")
                ? body.get("ClientRequestToken").asText()
                : UUID.randomUUID().toString();
        Version existing = s.versions.get(token);
        Version v;
        if (existing != null) {
            if (!existing.sameContent(string, binary)) {
                return error(
                        400,
                        "ResourceExistsException",
                        "You can't modify an existing version, you can only create a new version.");
            }
            v = existing;
        } else if (s.versions.size() >= versionQuota) {
            return error(
                    400,
                    "LimitExceededException",
                    "You have exceeded the maximum number of versions allowed for this secret.");
        } else {
            v = addVersion(s, token, string, binary);
        }
        ObjectNode out =
                MAPPER.createObjectNode().put("ARN", s.arn).put("Name", s.name).put("VersionId", v.id);
        out.putArray("VersionStages").addAll(stages(v));
        return ok(out);
    }

    private static List<JsonNode> stages(Version v) {
        List<JsonNode> out = new ArrayList<>();
        for (String stage : v.stages) {
            out.add(MAPPER.getNodeFactory().textNode(stage));
        }
        return out;
    }

    private static ResponseDefinition ok(JsonNode body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(body.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** An error response as Secrets Manager sends it. */
    static ResponseDefinition error(int status, String type, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}")
                .build();
    }
}
