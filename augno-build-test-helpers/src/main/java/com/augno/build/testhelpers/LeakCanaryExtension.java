package com.augno.build.testhelpers;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Runs the leak canary around every test (auto-detected through {@code ServiceLoader}; the build
 * enables {@code junit.jupiter.extensions.autodetection.enabled}).
 *
 * <p>Before each test it clears the log capture; after it, it fails the test if any captured line
 * held a registered secret. A test that fails with an exception whose text holds a secret is failed
 * with a redacted copy instead, so that the secret never reaches the test report.
 */
public final class LeakCanaryExtension implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    /** Creates the extension; JUnit calls this through {@code ServiceLoader}. */
    public LeakCanaryExtension() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        LogCapture.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LeakCanary.assertLogsClean();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        String text = LeakCanary.textOf(throwable);
        if (!LeakCanary.scan(text).isEmpty()) {
            throw new AssertionError("Leak canary: the test failed with a throwable that holds a generated key"
                    + " (shown redacted):\n" + LeakCanary.redact(text));
        }
        throw throwable;
    }
}
