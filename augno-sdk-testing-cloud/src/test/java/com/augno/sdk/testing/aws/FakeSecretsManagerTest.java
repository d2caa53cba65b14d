package com.augno.sdk.testing.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The fake's versions and stages through the real AWS SDK client, as a rotation uses them. The same
 * scenario runs against {@code moto_server} (an independent Secrets Manager implementation) when it
 * is installed, so the fake's rules are checked against another reading of the service; that test
 * is skipped when it is absent.
 */
class FakeSecretsManagerTest {
    private static final String NAME = "prod/augno";

    private FakeSecretsManager fake;
    private Process moto;

    @AfterEach
    void tearDown() {
        if (fake != null) {
            fake.close();
        }
        if (moto != null) {
            moto.destroy();
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
     * A rotation's calls; returns the stages per version id at the end. {@code RotateSecret} and two
     * refusals run only against the fake: moto invokes the rotation Lambda itself (none exists here)
     * and does not implement those refusals.
     */
    private static Map<String, List<String>> rotate(SecretsManagerClient sm, String currentId, boolean rotateSecret) {
        String token = UUID.randomUUID().toString();
        if (rotateSecret) {
            sm.rotateSecret(b -> b.secretId(NAME)
                    .clientRequestToken(token)
                    .rotationLambdaARN("arn:aws:lambda:us-east-1:111122223333:function:rotation"));
            // RotateSecret labels a version without a value AWSPENDING: it is not readable yet.
            assertThatThrownBy(() -> sm.getSecretValue(
                            b -> b.secretId(NAME).versionId(token).versionStage("AWSPENDING")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(sm.describeSecret(b -> b.secretId(NAME)).rotationEnabled())
                    .isTrue();
        }

        sm.putSecretValue(b ->
                b.secretId(NAME).clientRequestToken(token).secretString("new").versionStages("AWSPENDING"));
        // The same token and content again: nothing changes. Other content: refused.
        sm.putSecretValue(b ->
                b.secretId(NAME).clientRequestToken(token).secretString("new").versionStages("AWSPENDING"));
        if (rotateSecret) {
            // Documented by AWS; moto 5.2 accepts the second content.
            assertThatThrownBy(() -> sm.putSecretValue(b -> b.secretId(NAME)
                            .clientRequestToken(token)
                            .secretString("other")
                            .versionStages("AWSPENDING")))
                    .isInstanceOf(ResourceExistsException.class);
        }
        assertThat(sm.getSecretValue(b -> b.secretId(NAME)).secretString()).isEqualTo("old");
        assertThat(sm.getSecretValue(b -> b.secretId(NAME).versionId(token).versionStage("AWSPENDING"))
                        .secretString())
                .isEqualTo("new");

        // Moving AWSCURRENT off a version other than the one holding it is refused.
        if (rotateSecret) {
            assertThatThrownBy(() -> sm.updateSecretVersionStage(
                            b -> b.secretId(NAME).versionStage("AWSCURRENT").moveToVersionId(token)))
                    .isInstanceOf(InvalidParameterException.class);
        }
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
            rotate(sm, fake.versionIdOf(NAME, FakeSecretsManager.AWSCURRENT), true);
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

    @Test
    void theSameRotationAgainstMotoServerAgrees() throws Exception {
        Path motoServer = onPath("moto_server");
        Assumptions.assumeTrue(motoServer != null, "moto_server is not installed");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        moto = new ProcessBuilder(motoServer.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Assumptions.assumeTrue(listening(port, Duration.ofSeconds(20)), "moto_server did not start in 20 s");
        try (SecretsManagerClient sm = client("http://127.0.0.1:" + port)) {
            String currentId =
                    sm.createSecret(b -> b.name(NAME).secretString("old")).versionId();
            rotate(sm, currentId, false);
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Polls the port until it accepts a connection or the deadline passes (a process start, not a sleep). */
    private boolean listening(int port, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline) && moto.isAlive()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException e) {
                Thread.onSpinWait();
            }
        }
        return false;
    }
}
