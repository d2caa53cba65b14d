package com.augno.sdk.errors;

/**
 * Paging through a list stopped because the server's next-page links cannot be trusted: a page
 * pointed back at a page already read in this walk (a repeated cursor would loop forever), or the
 * walk passed the page cap ({@link com.augno.sdk.http.Page#MAX_PAGES}). The items already returned
 * are correct; the list may hold more. Narrow the list with filters, or report the cursor loop to
 * Augno with the request id of the last page.
 */
public class PaginationException extends AugnoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public PaginationException(String message) {
        super(message);
    }
}
