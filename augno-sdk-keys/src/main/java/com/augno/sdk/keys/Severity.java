package com.augno.sdk.keys;

/** How urgent an audit finding is, most urgent first. */
public enum Severity {
    /** Act now: a key may be exposed or misused. */
    HIGH,
    /** Act soon: a risk that grows with time. */
    MEDIUM,
    /** Tidy up: hygiene that lowers risk. */
    LOW,
    /** For review: facts worth a look on each audit. */
    INFO
}
