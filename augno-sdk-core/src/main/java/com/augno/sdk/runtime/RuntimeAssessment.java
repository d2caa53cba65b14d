package com.augno.sdk.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link RuntimeGuard} decided about one runtime: the {@link Kind}, the refusal rule that
 * fired (if any), the warnings, and the values it looked at. Immutable.
 */
public final class RuntimeAssessment {
    /** The outcome of an assessment. */
    public enum Kind {
        /** An ordinary server runtime: nothing unusual was seen. */
        ALLOW,
        /** Allowed, but something unusual for a server was seen; see {@link RuntimeAssessment#warnings()}. */
        WARN,
        /** A client device or browser-like runtime: the SDK refuses to run. */
        REFUSE
    }

    private final @Nullable RuntimeRule rule;
    private final String evidence;
    private final List<RuntimeWarning> warnings;
    private final Map<String, String> valuesSeen;

    RuntimeAssessment(
            @Nullable RuntimeRule rule,
            String evidence,
            List<RuntimeWarning> warnings,
            Map<String, String> valuesSeen) {
        this.rule = rule;
        this.evidence = evidence;
        this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
        this.valuesSeen = Collections.unmodifiableMap(new LinkedHashMap<>(valuesSeen));
    }

    /** Returns {@link Kind#REFUSE} when a refusal rule fired, else {@link Kind#WARN} or {@link Kind#ALLOW}. */
    public Kind kind() {
        if (rule != null) {
            return Kind.REFUSE;
        }
        return warnings.isEmpty() ? Kind.ALLOW : Kind.WARN;
    }

    /** Returns true when the SDK refuses to run on this runtime. */
    public boolean refused() {
        return rule != null;
    }

    /** Returns the refusal rule that fired (the first in {@link RuntimeRule} order), or null when allowed. */
    public @Nullable RuntimeRule rule() {
        return rule;
    }

    /** Returns the values that made the refusal rule fire (e.g. {@code java.vm.name=Dalvik}); empty when allowed. */
    public String evidence() {
        return evidence;
    }

    /** Returns the warnings, in {@link RuntimeRule} order; empty when there are none. */
    public List<RuntimeWarning> warnings() {
        return warnings;
    }

    /**
     * Returns every value the guard looked at, in the order read: system properties by name, environment
     * variables as {@code env:NAME}, classes as {@code class:NAME}. Unset values are shown as
     * {@code (unset)}, unreadable ones as {@code (unreadable)}.
     */
    public Map<String, String> valuesSeen() {
        return valuesSeen;
    }

    /**
     * Returns the refusal message: the rule, the values, why secret keys stay on servers, and where the
     * documentation is; empty when allowed.
     */
    public String refusalMessage() {
        RuntimeRule r = rule;
        if (r == null) {
            return "";
        }
        return "The Augno SDK refuses to run here: this looks like " + r.description() + " (rule " + r.name()
                + ": " + evidence + "). The SDK loads a secret API key, and a secret key must stay on a server"
                + " you control: anything shipped inside a mobile app, a desktop client or a browser bundle can be"
                + " extracted by the people who have it. Call your own backend from this client and use the SDK"
                + " there. There is no setting that turns this check off. See " + RuntimeGuard.DOCS + ".";
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RuntimeAssessment(").append(kind());
        if (rule != null) {
            sb.append(", rule=").append(rule).append(", evidence=").append(evidence);
        }
        if (!warnings.isEmpty()) {
            sb.append(", warnings=").append(warnings);
        }
        return sb.append(", valuesSeen=").append(valuesSeen).append(')').toString();
    }
}
