package com.augno.sdk.errors;

/**
 * A secret was fetched but is not a usable Augno API key: empty, with whitespace inside, without
 * a known key prefix ({@code mrp_sk_test_}, {@code mrp_sk_prod_}, {@code aug_sk_test_}, {@code aug_sk_prod_}), or of the wrong mode for the client. The
 * message names the source and the problem, never the value.
 */
public class InvalidApiKeyException extends AugnoException {
    private static final long serialVersionUID = 1L;
    private final String source;

    /** Creates an exception naming the secret's source (a log-safe description) and the problem. */
    public InvalidApiKeyException(String source, String problem) {
        super("The secret from " + source + " is not a usable Augno API key: " + problem);
        this.source = source;
    }

    /** Returns the log-safe description of the secret's source. */
    public String source() {
        return source;
    }
}
