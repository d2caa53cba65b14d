package com.augno.build.testhelpers;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs the {@link NetworkGuard} and the {@link LogCapture} bridge once per test JVM, before any
 * test class loads (registered through {@code ServiceLoader}).
 */
public final class TestSessionSetup implements LauncherSessionListener {

    /** Creates the listener; the JUnit launcher calls this through {@code ServiceLoader}. */
    public TestSessionSetup() {}

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NetworkGuard.install();
        LogCapture.install();
    }
}
