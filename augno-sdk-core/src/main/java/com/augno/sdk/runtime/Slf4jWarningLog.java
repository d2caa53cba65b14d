package com.augno.sdk.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the guard's warnings through SLF4J, each rule once per class loader. Kept apart from the
 * decision code, which must stay free of SLF4J; {@link RuntimeGuard} loads it by name.
 */
final class Slf4jWarningLog implements Consumer<RuntimeAssessment> {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeGuard.class);
    private static final Set<RuntimeRule> LOGGED = ConcurrentHashMap.newKeySet();

    Slf4jWarningLog() {}

    @Override
    public void accept(RuntimeAssessment assessment) {
        for (RuntimeWarning warning : assessment.warnings()) {
            if (LOGGED.add(warning.rule())) {
                LOG.warn("{}", warning.message());
            }
        }
    }
}
