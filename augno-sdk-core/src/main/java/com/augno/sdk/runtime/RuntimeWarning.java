package com.augno.sdk.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A warning of the {@link RuntimeGuard}: a rule that does not refuse, and the values that made it
 * fire. {@link RuntimeGuard#enforce()} logs each warning rule once per class loader.
 */
public final class RuntimeWarning {
    private final RuntimeRule rule;
    private final String evidence;

    RuntimeWarning(RuntimeRule rule, String evidence) {
        this.rule = rule;
        this.evidence = evidence;
    }

    /** Returns the warning rule. */
    public RuntimeRule rule() {
        return rule;
    }

    /** Returns the values that made the rule fire, such as {@code android.os.Build loadable}. */
    public String evidence() {
        return evidence;
    }

    /** Returns the log line: what was seen, the values, and why it is only a warning. */
    public String message() {
        return "Augno SDK runtime check: " + rule.description() + " (" + evidence + "). Allowed: this is"
                + " only a warning, the SDK refuses real client runtimes (" + RuntimeGuard.DOCS + ").";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RuntimeWarning
                && ((RuntimeWarning) o).rule == rule
                && ((RuntimeWarning) o).evidence.equals(evidence);
    }

    @Override
    public int hashCode() {
        return 31 * rule.hashCode() + evidence.hashCode();
    }

    @Override
    public String toString() {
        return "RuntimeWarning(" + rule + ": " + evidence + ")";
    }
}
