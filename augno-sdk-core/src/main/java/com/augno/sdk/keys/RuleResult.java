package com.augno.sdk.keys;

import java.time.Instant;
import java.util.Optional;

/**
 * How one rule ran: what it read, whether the page cap cut it short, and whether it failed.
 *
 * @param rule the rule
 * @param since the start of the window it read (for log rules), or the audit time
 * @param pagesRead how many pages it read
 * @param partial true when the page cap (or a long rate-limit wait) stopped the read: findings may
 *     be missing
 * @param findings how many findings it produced
 * @param skipped why it did not run (e.g. no allowlist), if it did not
 * @param error why it failed (e.g. the key may not read request logs), if it failed
 */
public record RuleResult(
        AuditRule rule,
        Instant since,
        int pagesRead,
        boolean partial,
        int findings,
        Optional<String> skipped,
        Optional<String> error) {}
