package com.augno.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.micrometer.AugnoMetrics;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.spring.boot.health.AugnoHealthAutoConfiguration;
import com.augno.spring.boot.health.AugnoHealthIndicator;
import com.augno.spring.boot.metrics.AugnoMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Every condition of the auto-configuration, with {@link ApplicationContextRunner}. */
class AugnoAutoConfigurationTest {
    /** Loopback, never contacted: building a client sends nothing. */
    private static final String BASE_URL = "http://127.0.0.1:9";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AugnoAutoConfiguration.class,
                    AugnoMetricsAutoConfiguration.class,
                    AugnoHealthAutoConfiguration.class))
            .withPropertyValues("augno.base-url=" + BASE_URL);

    @Test
    void withoutASecretReferenceThereIsNoClient() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(AugnoClient.class);
            assertThat(context).doesNotHaveBean(AugnoHealthIndicator.class);
        });
    }

    @Test
    void aSecretReferenceMakesOneClientWithTheProperties() {
        runner.withPropertyValues(
                        "augno.secret=env://AUGNO_STARTER_TEST_KEY",
                        "augno.account=ac_42",
                        "augno.key-mode=sandbox",
                        "augno.timeout=5s",
                        "augno.max-retries=1",
                        "augno.key.refresh-interval=2m",
                        "augno.key.stale-window=30m")
                .run(context -> {
                    assertThat(context).hasSingleBean(AugnoClient.class);
                    AugnoClient client = context.getBean(AugnoClient.class);
                    assertThat(client.baseUrl()).isEqualTo(BASE_URL + "/");
                    assertThat(client.toString())
                            .contains("account=ac_42")
                            .contains("keyMode=sandbox")
                            .contains("AUGNO_STARTER_TEST_KEY");
                });
    }

    @Test
    void environmentVariablesBindRelaxed() {
        runner.withInitializer(ctx -> ctx.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-env", Map.of("AUGNO_SECRET", "env://AUGNO_FROM_ENV", "AUGNO_ACCOUNT", "ac_env"))))
                .run(context -> {
                    assertThat(context).hasSingleBean(AugnoClient.class);
                    assertThat(context.getBean(AugnoClient.class).toString())
                            .contains("AUGNO_FROM_ENV")
                            .contains("account=ac_env");
                });
    }

    @Test
    void aUserClientMakesTheAutoConfigurationBackOff() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .withUserConfiguration(UserClient.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(AugnoClient.class);
                    assertThat(context.getBean(AugnoClient.class).toString()).contains("account=ac_user");
                });
    }

    @Test
    void customizersRunAfterTheProperties() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY", "augno.account=ac_prop")
                .withBean(AugnoClientCustomizer.class, () -> b -> b.account("ac_customized"))
                .run(context -> assertThat(context.getBean(AugnoClient.class).toString())
                        .contains("account=ac_customized"));
    }

    @Test
    void aSecretProviderBeanIsEnoughAndIsNotClosedByTheClient() {
        String key = TestKeys.canary();
        ClosingProvider provider = new ClosingProvider(key);
        runner.withBean(SecretProvider.class, () -> provider).run(context -> {
            assertThat(context).hasSingleBean(AugnoClient.class);
            context.getBean(AugnoClient.class).close();
            assertThat(provider.closed).isFalse();
        });
    }

    @Test
    void theHealthIndicatorComesWithHealthSupportAndAClient() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .run(context -> assertThat(context).hasSingleBean(AugnoHealthIndicator.class));
    }

    @Test
    void withoutActuatorThereIsNoHealthIndicatorButAClient() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(AugnoClient.class);
                    assertThat(context).doesNotHaveBean(AugnoHealthIndicator.class);
                });
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY", "management.health.augno.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AugnoHealthIndicator.class));
    }

    @Test
    void aMeterRegistryBeanWiresMetricsIntoTheClient() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasSingleBean(AugnoMetrics.class);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.find(AugnoMetrics.KEY_STATE)
                                    .tag("state", "empty")
                                    .gauge())
                            .isNotNull();
                });
    }

    @Test
    void anObservationRegistryAloneWiresMetricsToo() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .withBean(ObservationRegistry.class, ObservationRegistry::create)
                .run(context -> assertThat(context).hasSingleBean(AugnoMetrics.class));
    }

    @Test
    void withoutARegistryBeanThereAreNoMetrics() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .run(context -> assertThat(context).doesNotHaveBean(AugnoMetrics.class));
    }

    @Test
    void withoutMicrometerOnTheClassPathTheClientStillComes() {
        runner.withPropertyValues("augno.secret=env://AUGNO_STARTER_TEST_KEY")
                .withClassLoader(new FilteredClassLoader("io.micrometer", "com.augno.sdk.micrometer"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(AugnoClient.class);
                    assertThat(context).doesNotHaveBean("augnoMetrics");
                });
    }

    @Test
    void aKeyPastedAsTheReferenceFailsAndIsNeverEchoed() {
        String key = TestKeys.canary();
        runner.withPropertyValues("augno.secret=" + key).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new AugnoFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("The Augno client could not be created");
            assertThat(analysis.getAction()).contains("never the key itself");
            LeakCanary.assertNoLeak(analysis.getDescription(), analysis.getAction());
        });
    }

    @Test
    void aMalformedReferenceIsExplainedWithTheAcceptedForms() {
        runner.withPropertyValues("augno.secret=vault-ish:/nothing").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new AugnoFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getAction()).contains("env://AUGNO_API_KEY");
        });
    }

    @Test
    void aMissingReferenceIsExplainedWhenAClientIsInjected() {
        runner.withUserConfiguration(NeedsClient.class).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new AugnoFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription())
                    .contains("No AugnoClient bean")
                    .contains("AUGNO_SECRET");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserClient {
        @Bean
        AugnoClient myClient() {
            return AugnoClient.builder()
                    .secretProvider(new ClosingProvider(TestKeys.canary()))
                    .baseUrl(BASE_URL)
                    .account("ac_user")
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NeedsClient {
        @Autowired
        AugnoClient client;
    }

    static final class ClosingProvider implements SecretProvider {
        private final String key;
        volatile boolean closed;

        ClosingProvider(String key) {
            this.key = key;
        }

        @Override
        public SecretValue fetch() {
            return SecretValue.of(key);
        }

        @Override
        public String description() {
            return "test://closing-provider";
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
