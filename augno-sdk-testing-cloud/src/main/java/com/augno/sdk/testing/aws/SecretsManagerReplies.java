package com.augno.sdk.testing.aws;

import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSCURRENT;
import static com.augno.sdk.testing.aws.FakeSecretsManager.JSON_1_1;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The read and label operations of {@link FakeSecretsManager} ({@code GetSecretValue}, {@code
 * DescribeSecret}, {@code UpdateSecretVersionStage}) as the service answers them in its JSON 1.1
 * protocol. Called under the fake's lock.
 */
final class SecretsManagerReplies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SecretsManagerReplies() {}

    static String text(JsonNode body, String field) {
        return body.get(field).asText();
    }

    static ResponseDefinition getSecretValue(FakeSecret s, JsonNode body) {
        FakeSecret.Version v;
        String stage = body.hasNonNull("VersionStage") ? text(body, "VersionStage") : null;
        if (body.hasNonNull("VersionId")) {
            String id = text(body, "VersionId");
            v = s.versions.get(id);
            if (v == null || !v.hasValue || (stage != null && !v.stages.contains(stage))) {
                return FakeSecretsManager.error(
                        400,
                        "ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret value for VersionId: " + id);
            }
        } else {
            String st = stage == null ? AWSCURRENT : stage;
            v = s.withStage(st);
            if (v == null || !v.hasValue) {
                return FakeSecretsManager.error(
                        400,
                        "ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret value for staging label: " + st);
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
        v.stages.forEach(out.putArray("VersionStages")::add);
        return ok(out);
    }

    static ResponseDefinition describeSecret(FakeSecret s) {
        ObjectNode out = MAPPER.createObjectNode()
                .put("ARN", s.arn)
                .put("Name", s.name)
                .put("RotationEnabled", s.rotationEnabled)
                .put("CreatedDate", 1.523477145713E9);
        if (s.scheduledForDeletion) {
            out.put("DeletedDate", 1.523477145713E9);
        }
        if (!s.tags.isEmpty()) {
            s.tags.forEach(
                    (k, val) -> out.withArray("Tags").addObject().put("Key", k).put("Value", val));
        }
        ObjectNode stages = out.putObject("VersionIdsToStages");
        for (FakeSecret.Version v : s.versions.values()) {
            if (!v.stages.isEmpty()) {
                v.stages.forEach(stages.putArray(v.id)::add);
            }
        }
        return ok(out);
    }

    static ResponseDefinition updateSecretVersionStage(FakeSecret s, JsonNode body) {
        String stage = body.path("VersionStage").asText();
        String moveTo = body.hasNonNull("MoveToVersionId") ? text(body, "MoveToVersionId") : null;
        String removeFrom = body.hasNonNull("RemoveFromVersionId") ? text(body, "RemoveFromVersionId") : null;
        FakeSecret.Version holder = s.withStage(stage);
        FakeSecret.Version target = null;
        if (moveTo != null) {
            target = s.versions.get(moveTo);
            if (target == null) {
                return FakeSecretsManager.error(
                        400,
                        "ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret version: " + moveTo);
            }
        }
        if (holder != null && holder != target && (removeFrom == null || !removeFrom.equals(holder.id))) {
            return FakeSecretsManager.error(
                    400,
                    "InvalidParameterException",
                    "The parameter RemoveFromVersionId doesn't match. Staging label " + stage
                            + " is currently attached to version " + holder.id
                            + ", so you must explicitly reference that version in RemoveFromVersionId.");
        }
        if (target != null) {
            s.moveStage(stage, target);
        } else if (holder != null) {
            holder.stages.remove(stage);
        }
        return ok(MAPPER.createObjectNode().put("ARN", s.arn).put("Name", s.name));
    }

    static ResponseDefinition ok(JsonNode body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(body.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
