package com.augno.sdk.secrets.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.WriteAccess;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The {@code aws-sm://} grammar of DESIGN section 4; nothing here contacts AWS. */
class AwsSecretsManagerSecretProviderFactoryTest {
    private static final String ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/augno-AbCdEf";

    private final AwsSecretsManagerSecretProviderFactory factory = new AwsSecretsManagerSecretProviderFactory();

    private AwsSecretsManagerSecretProvider create(String reference) {
        return factory.create(SecretReference.parse(reference));
    }

    @Test
    void serviceLoaderFindsTheAwsSmScheme() {
        boolean found = false;
        for (SecretProviderFactory f : ServiceLoader.load(SecretProviderFactory.class)) {
            if (f.schemes().contains("aws-sm")) {
                found = f instanceof AwsSecretsManagerSecretProviderFactory;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void nameWithRegionStageAndField() {
        try (SecretProvider p = create("aws-sm://prod/augno?region=eu-west-1&stage=AWSPENDING#api_key")) {
            AwsSecretsManagerSecretProvider aws = (AwsSecretsManagerSecretProvider) p;
            assertThat(aws.secretId()).isEqualTo("prod/augno");
            assertThat(aws.versionStage()).isEqualTo("AWSPENDING");
            assertThat(aws.jsonField()).isEqualTo("api_key");
            assertThat(aws.description()).isEqualTo("aws-sm://prod/augno (stage AWSPENDING, region eu-west-1)#api_key");
            assertThat(aws.canWrite()).isEqualTo(WriteAccess.NO);
        }
    }

    @Test
    void namesMayHoldTheCharactersAwsAllows() {
        AwsSecretsManagerSecretProvider p = create("aws-sm://team+a/prod@augno=1_x.y-z?region=us-east-1");
        assertThat(p.secretId()).isEqualTo("team+a/prod@augno=1_x.y-z");
        p.close();
    }

    @Test
    void arnImpliesItsRegion() {
        AwsSecretsManagerSecretProvider p = create("aws-sm://" + ARN);
        assertThat(p.secretId()).isEqualTo(ARN);
        assertThat(p.versionStage()).isEqualTo("AWSCURRENT");
        assertThat(p.description()).contains("region eu-west-1");
        p.close();
    }

    @Test
    void arnWithAnotherRegionIsRefused() {
        assertThatThrownBy(() -> create("aws-sm://" + ARN + "?region=us-east-1"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("region eu-west-1")
                .hasMessageContaining("us-east-1");
    }

    @Test
    void malformedArnIsRefused() {
        assertThatThrownBy(() -> create("aws-sm://arn:aws:ssm:eu-west-1:111122223333:parameter/x"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not a Secrets Manager secret ARN");
    }

    @Test
    void versionIdPinsAVersion() {
        AwsSecretsManagerSecretProvider p = create("aws-sm://prod/augno?region=eu-west-1&versionId=abc-123");
        assertThat(p.versionId()).isEqualTo("abc-123");
        assertThat(p.versionStage()).isNull();
        assertThat(p.canWrite()).isEqualTo(WriteAccess.NO);
    }

    @Test
    void stageAndVersionIdTogetherAreRefused() {
        assertThatThrownBy(() -> create("aws-sm://prod/augno?stage=AWSCURRENT&versionId=abc"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("both a version id and a stage");
    }

    @Test
    void unknownParameterIsRefusedListingTheAllowedOnes() {
        assertThatThrownBy(() -> create("aws-sm://prod/augno?regoin=eu-west-1"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'regoin'")
                .hasMessageContaining("endpoint, region, stage, versionId");
    }

    @Test
    void emptyParameterIsRefused() {
        assertThatThrownBy(() -> create("aws-sm://prod/augno?region="))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("empty parameter 'region'");
    }

    @Test
    void malformedRegionIsRefused() {
        assertThatThrownBy(() -> create("aws-sm://prod/augno?region=Europe"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not an AWS region id");
    }

    @Test
    void endpointMustBeHttpsOrLoopbackHttp() {
        assertThat(create(
                                "aws-sm://prod/augno?region=eu-west-1&endpoint=https://vpce-1.secretsmanager.eu-west-1.vpce.amazonaws.com")
                        .description())
                .contains("endpoint https://vpce-1");
        assertThat(create("aws-sm://prod/augno?region=eu-west-1&endpoint=http://127.0.0.1:4566")
                        .description())
                .contains("endpoint http://127.0.0.1:4566");
        assertThat(create("aws-sm://prod/augno?region=eu-west-1&endpoint=http://localhost:4566")
                        .description())
                .contains("localhost");
        assertThat(create("aws-sm://prod/augno?region=eu-west-1&endpoint=http://[::1]:4566")
                        .description())
                .contains("[::1]");
        assertThatThrownBy(() -> create("aws-sm://prod/augno?endpoint=http://10.0.0.5:4566"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not loopback");
        assertThatThrownBy(() -> create("aws-sm://prod/augno?endpoint=http://127.0.0.1.evil.example:80"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> create("aws-sm://prod/augno?endpoint=ftp://127.0.0.1"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> create("aws-sm://prod/augno?endpoint=https://user:pw@example.com"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("pw");
    }

    @Test
    void anHttpsEndpointOutsideSecretsManagerIsRefusedSoNoSecretGoesThere() {
        assertThatThrownBy(() -> create("aws-sm://prod/augno?region=eu-west-1&endpoint=https://attacker.example"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not one of aws-sm's own endpoints")
                .hasMessageContaining("AUGNO_SECRETS_ENDPOINT_HOSTS");
        assertThatThrownBy(() -> create("aws-sm://prod/augno?region=eu-west-1&endpoint=http://emulator.localhost:4566"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> factory.create(SecretReference.parse("gcp-sm://x")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(AwsSecretsManagerSecretProviderFactory.FORM);
    }

    @Test
    void creatingAProviderNeedsNoRegionYet() {
        // No region, no ARN: resolved from AWS's default chain at the first fetch, not here.
        AwsSecretsManagerSecretProvider p = create("aws-sm://prod/augno");
        assertThat(p.description()).contains("region from the default chain");
        p.close();
    }
}
