package com.augno.spring.boot;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.internal.http.Redactor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Explains why the application could not start for Augno reasons: no {@code augno.secret} while an
 * {@link AugnoClient} is injected, a bad secret reference (a pasted key is refused and never
 * echoed), a secret the store does not have or refuses, a value that is not a key, a dependency
 * clash. Every text is the SDK's own (which never holds a key) with key-shaped text redacted again.
 */
public final class AugnoFailureAnalyzer implements FailureAnalyzer, Ordered {
    static final String REFERENCE_FORMS = "env://AUGNO_API_KEY, file:///run/secrets/augno,"
            + " aws-sm://prod/augno?region=eu-west-1#api_key, gcp-sm://projects/<p>/secrets/<s>/versions/latest";

    /** Creates the analyzer (Spring Boot does, through {@code META-INF/spring.factories}). */
    public AugnoFailureAnalyzer() {}

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AugnoException) {
                return analyze((AugnoException) t, failure);
            }
            if (t instanceof NoSuchBeanDefinitionException
                    && AugnoClient.class.equals(((NoSuchBeanDefinitionException) t).getBeanType())) {
                return new FailureAnalysis(
                        "No AugnoClient bean: neither augno.secret (environment variable AUGNO_SECRET) nor a"
                                + " SecretProvider bean is configured.",
                        "Set augno.secret to a secret reference (" + REFERENCE_FORMS + "), or define your own"
                                + " AugnoClient bean. The reference names where the key is kept; never put the"
                                + " key itself in configuration.",
                        t);
            }
        }
        return null;
    }

    private static FailureAnalysis analyze(AugnoException e, Throwable root) {
        String what = Redactor.redact(String.valueOf(e.getMessage()));
        String action;
        if (e instanceof MissingSecretReferenceException) {
            what = "augno.secret (environment variable AUGNO_SECRET) is blank.";
            action = "Set augno.secret to a secret reference (" + REFERENCE_FORMS + ").";
        } else if (e instanceof SecretProviderException) {
            action = "Check that the secret named by augno.secret exists and that this application may read"
                    + " it (see docs/security.md for least-privilege policies).";
        } else if (e instanceof InvalidApiKeyException) {
            action = "Store an Augno API key of the expected mode (augno.key-mode) at the reference in"
                    + " augno.secret.";
        } else if (e instanceof ConfigurationException) {
            action = "Fix the augno.* setting named above. augno.secret takes a reference (" + REFERENCE_FORMS
                    + "), never the key itself; if a key was pasted into configuration, rotate it.";
        } else {
            action = "See docs/troubleshooting.md.";
        }
        return new FailureAnalysis("The Augno client could not be created: " + what, action, root);
    }

    /** Before Spring Boot's generic analyzers, so the Augno explanation is the one shown. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
