package com.augno.spring.boot;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.observability.AugnoListener;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;

/**
 * Auto-configures one {@link AugnoClient} from {@link AugnoProperties} when {@code augno.secret} is
 * set or a {@link SecretProvider} bean exists, unless the application defines its own client.
 * {@link AugnoListener} beans (such as the Micrometer one) are added to it, then {@link
 * AugnoClientCustomizer} beans run. The context closes the client.
 */
@AutoConfiguration
@ConditionalOnClass(AugnoClient.class)
@EnableConfigurationProperties(AugnoProperties.class)
public class AugnoAutoConfiguration {
    /** Creates the auto-configuration (Spring does). */
    public AugnoAutoConfiguration() {}

    /**
     * The client. A {@link SecretProvider} bean wins over {@code augno.secret} (it is not closed by
     * the client: its owner, the context, closes it).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(SecretConfigured.class)
    AugnoClient augnoClient(
            AugnoProperties properties,
            ObjectProvider<SecretProvider> secretProviders,
            ObjectProvider<AugnoListener> listeners,
            ObjectProvider<AugnoClientCustomizer> customizers) {
        SecretProvider bean = secretProviders.getIfUnique();
        String reference = properties.getSecret();
        SecretProvider provider;
        if (bean != null) {
            provider = new ContextOwnedSecretProvider(bean);
        } else if (reference != null && !reference.isBlank()) {
            provider = SecretProviders.fromUri(reference.trim());
        } else {
            throw new MissingSecretReferenceException();
        }
        try {
            AugnoClient.Builder b = AugnoClient.builder().secretProvider(provider);
            apply(properties, b);
            listeners.orderedStream().forEach(b::listener);
            customizers.orderedStream().forEach(c -> c.customize(b));
            return b.build();
        } catch (RuntimeException e) {
            provider.close();
            throw e;
        }
    }

    private static void apply(AugnoProperties p, AugnoClient.Builder b) {
        String mode = p.getKeyMode();
        if (mode != null && !mode.isBlank()) {
            b.keyMode(KeyMode.parse(mode));
        }
        String baseUrl = p.getBaseUrl();
        if (baseUrl != null) {
            b.baseUrl(baseUrl);
        }
        String account = p.getAccount();
        if (account != null) {
            b.account(account);
        }
        String apiVersion = p.getApiVersion();
        if (apiVersion != null) {
            b.apiVersion(apiVersion);
        }
        Duration connectTimeout = p.getConnectTimeout();
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        Duration timeout = p.getTimeout();
        if (timeout != null) {
            b.timeout(timeout);
        }
        Integer maxRetries = p.getMaxRetries();
        if (maxRetries != null) {
            b.maxRetries(maxRetries);
        }
        Duration refresh = p.getKey().getRefreshInterval();
        if (refresh != null) {
            b.keyRefreshInterval(refresh);
        }
        Duration stale = p.getKey().getStaleWindow();
        if (stale != null) {
            b.keyStaleWindow(stale);
        }
    }

    /** {@code augno.secret} is set, or a {@link SecretProvider} bean exists. */
    static final class SecretConfigured extends AnyNestedCondition {
        SecretConfigured() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "augno", name = "secret")
        static final class SecretProperty {}

        @ConditionalOnBean(SecretProvider.class)
        static final class SecretProviderBean {}
    }
}
