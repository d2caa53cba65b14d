package com.augno.sdk.testing.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** The fake's versions and stages through the real AWS SDK client, as a rotation uses them. */
class FakeSecretsManagerTest {
    private static final String NAME = "prod/augno";

    private FakeSecretsManager fake;

    @AfterEach
    void tearDown() {
        if (fake != null) {
            fake.close();
        }
    }

    private static SecretsManagerClient client(String endpoint) {
        return SecretsManagerClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "x")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /**
     * A rotation's calls; returns the stages per version id at the end.
     */
    private static Map<String, List<String>> rotate(SecretsManagerClient sm, String currentId) {
        String token = UUID.randomUUID().toString();
        sm.rotateSecret(b -> b.secretId(NAME)
                .clientRequestToken(token)
                .rotationLambdaARN("arn:aws:lambda:us-east-1:111122223333:function:rotation"));
        // RotateSecret labels a version without a value AWSPENDING: it is not readable yet.
        assertThatThrownBy(() ->
                        sm.getSecretValue(b -> b.secretId(NAME).versionId(token).versionStage("AWSPENDING")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(sm.describeSecret(b -> b.secretId(NAME)).rotationEnabled()).isTrue();

        sm.putSecretValue(b ->
                b.secretId(NAME).clientRequestToken(token).secretString("new").versionStages("AWSPENDING"));
        // The same token and content again: nothing changes. Other content: refused.
        sm.putSecretValue(b ->
                b.secretId(NAME).clientRequestToken(token).secretString("new").versionStages("AWSPENDING"));
        assertThatThrownBy(() -> sm.putSecretValue(b -> b.secretId(NAME)
                        .clientRequestToken(token)
                        .secretString("other")
                        .versionStages("AWSPENDING")))
                .isInstanceOf(ResourceExistsException.class);
        assertThat(sm.getSecretValue(b -> b.secretId(NAME)).secretString()).isEqualTo("old");
        assertThat(sm.getSecretValue(b -> b.secretId(NAME).versionId(token).versionStage("AWSPENDING"))
                        .secretString())
                .isEqualTo("new");

        // Moving AWSCURRENT off a version other than the one holding it is refused.
        assertThatThrownBy(() -> sm.updateSecretVersionStage(
                        b -> b.secretId(NAME).versionStage("AWSCURRENT").moveToVersionId(token)))
                .isInstanceOf(InvalidParameterException.class);
        sm.updateSecretVersionStage(b -> b.secretId(NAME)
                .versionStage("AWSCURRENT")
                .moveToVersionId(token)
                .removeFromVersionId(currentId));
        assertThat(sm.getSecretValue(b -> b.secretId(NAME)).secretString()).isEqualTo("new");
        assertThat(sm.getSecretValue(b -> b.secretId(NAME).versionStage("AWSPREVIOUS"))
                        .secretString())
                .isEqualTo("old");
        Map<String, List<String>> stages =
                sm.describeSecret(b -> b.secretId(NAME)).versionIdsToStages();
        assertThat(stages.get(token)).contains("AWSCURRENT", "AWSPENDING");
        assertThat(stages.get(currentId)).containsExactly("AWSPREVIOUS");
        return stages;
    }

    @Test
    void aRotationMovesStagesAsTheServiceDoes() {
        fake = new FakeSecretsManager("us-east-1").launch();
        fake.createSecret(NAME, "old");
        try (SecretsManagerClient sm = client(fake.endpoint())) {
            rotate(sm, fake.versionIdOf(NAME, FakeSecretsManager.AWSCURRENT));
        }
        assertThat(fake.versionCount(NAME)).isEqualTo(2);
    }

    @Test
    void aLostAnswerIsRetriedByTheClientAndMakesOneVersion() {
        fake = new FakeSecretsManager("us-east-1").launch();
        fake.createSecret(NAME, "old");
        fake.loseNextResponse("PutSecretValue");
        String token = UUID.randomUUID().toString();
        try (SecretsManagerClient sm = client(fake.endpoint())) {
            sm.putSecretValue(b -> b.secretId(NAME).clientRequestToken(token).secretString("new"));
        }
        assertThat(fake.calls("PutSecretValue")).isEqualTo(2);
        assertThat(fake.versionCount(NAME)).isEqualTo(2);
        assertThat(fake.valueOf(NAME, FakeSecretsManager.AWSCURRENT)).isEqualTo("new");
    }
}
