package gov.supervision.web.query;

import gov.supervision.web.error.InvalidRequestException;

/** The paging every list of the API shares: pages count from 0, at most 500 items a page unless said. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static void check(int page, int size) {
        check(page, size, MAX_SIZE);
    }

    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidRequestException("size", "must be between 1 and " + maxSize);
        }
    }
}
