package com.augno.keys.cli;

/**
 * The exit codes of {@code augno-keys}, documented in {@code docs/cli.md}. Scripts can rely on them.
 */
public final class ExitCodes {
    /** The command did what was asked, and found nothing to report. */
    public static final int OK = 0;

    /** {@code scan} found key-shaped strings; {@code audit} found findings at or above the threshold. */
    public static final int FINDINGS = 1;

    /** The command line was wrong (unknown option, missing value). */
    public static final int USAGE = 2;

    /**
     * The configuration is missing or wrong: no admin secret reference, a reference that cannot be
     * read, a path that does not exist, {@code git} not available.
     */
    public static final int CONFIGURATION = 3;

    /** Augno refused or could not be reached (authentication, permission, server error). */
    public static final int API_ERROR = 4;

    /** A rotation pre-check failed: nothing was changed. */
    public static final int PRECHECK_FAILED = 5;

    /**
     * A rotation started and did not finish cleanly: read the report; the new secret may need to be
     * written to the store by hand (it is never printed).
     */
    public static final int ROTATION_INCOMPLETE = 6;

    /** An unexpected internal error (a bug): the message says what happened. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
