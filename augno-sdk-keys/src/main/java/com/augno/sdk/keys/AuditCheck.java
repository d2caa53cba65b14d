package com.augno.sdk.keys;

import java.util.List;
import java.util.Optional;

/**
 * One audit rule: the queries it reads and how it turns their items into findings. The queries
 * are read by {@link AuditReads} (once each, shared between rules); a rule whose query failed is
 * reported with that error and not evaluated.
 */
interface AuditCheck {
    /** The rule this check implements. */
    AuditRule rule();

    /** The queries whose items {@link #evaluate} reads, in the order they are read. */
    List<AuditQuery<?>> queries();

    /** True for a rule over the log window (its result starts there), false for one about now. */
    boolean overLogWindow();

    /** Why the rule does not run with these settings, if it does not. */
    default Optional<String> skipReason(AuditContext context) {
        return Optional.empty();
    }

    /** Evaluates the rule over its queries' items, which all read without error. */
    List<AuditFinding> evaluate(AuditContext context);
}
