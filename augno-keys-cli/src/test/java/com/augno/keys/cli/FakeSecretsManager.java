package com.augno.keys.cli;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The part of AWS Secrets Manager a rotation uses, on WireMock, speaking the JSON 1.1 protocol
 * ({@code POST /}, {@code X-Amz-Target: secretsmanager.<Operation>}): {@code GetSecretValue} of
 * {@code AWSCURRENT} and {@code PutSecretValue}, which makes the new version {@code AWSCURRENT} and
 * the old one {@code AWSPREVIOUS}; the {@code ClientRequestToken} is the version id. A trimmed copy
 * of the AWS module's test fake (its test classes are not published).
 */
final class FakeSecretsManager implements ResponseDefinitionTransformerV2 {
    private static final String NAME = "cli-fake-secrets-manager";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String region;
    private final WireMockServer server;
    // secret name -> versions in order; the last is AWSCURRENT, the one before AWSPREVIOUS
    private final Map<String, List<String[]>> secrets = new LinkedHashMap<>();
    private final List<String> targets = new ArrayList<>();

    FakeSecretsManager(String region) {
        this.region = region;
        this.server = new WireMockServer(
                wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(this));
    }

    FakeSecretsManager launch() {
        server.start();
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", matching("secretsmanager\\..+"))
                .willReturn(aResponse().withTransformers(NAME)));
        return this;
    }

    void shutdown() {
        server.stop();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every {@code X-Amz-Target} received, in order. */
    synchronized List<String> targets() {
        return List.copyOf(targets);
    }

    synchronized void createSecret(String name, String value) {
        List<String[]> versions = new ArrayList<>();
        versions.add(new String[] {UUID.randomUUID().toString(), value});
        secrets.put(name, versions);
    }

    /** Returns {@code {versionId, value}} of {@code AWSCURRENT} ({@code back = 0}) or {@code AWSPREVIOUS} (1). */
    synchronized String[] version(String name, int back) {
        List<String[]> versions = secrets.get(name);
        return versions.get(versions.size() - 1 - back);
    }

    synchronized int versionCount(String name) {
        return secrets.get(name).size();
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
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        String target = serveEvent.getRequest().getHeader("X-Amz-Target");
        targets.add(target);
        JsonNode body;
        try {
            body = MAPPER.readTree(serveEvent.getRequest().getBodyAsString());
        } catch (Exception e) {
            return error("SerializationException", "bad JSON");
        }
        String name = body.path("SecretId").asText();
        List<String[]> versions = secrets.get(name);
        if (versions == null) {
            return error("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        }
        String arn = "arn:aws:secretsmanager:" + region + ":111122223333:secret:" + name + "-AbCdEf";
        switch (target) {
            case "secretsmanager.GetSecretValue": {
                if (body.hasNonNull("VersionId")
                        || !body.path("VersionStage").asText("AWSCURRENT").equals("AWSCURRENT")) {
                    return error("UnknownOperationException", "only AWSCURRENT is emulated");
                }
                String[] v = versions.get(versions.size() - 1);
                ObjectNode out = MAPPER.createObjectNode()
                        .put("ARN", arn)
                        .put("Name", name)
                        .put("VersionId", v[0])
                        .put("SecretString", v[1])
                        .put("CreatedDate", 1.523477145713E9);
                out.putArray("VersionStages").add("AWSCURRENT");
                return ok(out);
            }
            case "secretsmanager.PutSecretValue": {
                String token = body.hasNonNull("ClientRequestToken")
                        ? body.get("ClientRequestToken").asText()
                        : UUID.randomUUID().toString();
                @Nullable String[] existing = null;
                for (String[] v : versions) {
                    if (v[0].equals(token)) {
                        existing = v;
                    }
                }
                if (existing == null) {
                    versions.add(new String[] {token, body.path("SecretString").asText()});
                }
                ObjectNode out = MAPPER.createObjectNode()
                        .put("ARN", arn)
                        .put("Name", name)
                        .put("VersionId", token);
                out.putArray("VersionStages").add("AWSCURRENT");
                return ok(out);
            }
            default:
                return error("UnknownOperationException", "not emulated: " + target);
        }
    }

    private static ResponseDefinition ok(JsonNode body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(body.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static ResponseDefinition error(String type, String message) {
        return aResponse()
                .withStatus(400)
                .withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}")
                .build();
    }
}
