package gov.supervision.web.query;

import gov.supervision.web.error.InvalidRequestException;

/** The paging every list of the API shares: pages count from 0, at most 500 items a page. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
