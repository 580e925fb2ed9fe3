package gov.supervision.web.query;

import gov.supervision.web.error.InvalidRequestException;

/**
 * The paging every list of the API shares: pages count from 0, at most 500 items a page unless said. The read
 * models skip {@code page × size} rows, which the database takes as an int: a page whose rows lie beyond that is
 * refused, not multiplied into an overflow.
 */
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
        long lastPage = Integer.MAX_VALUE / size - 1;
        if (page > lastPage) {
            throw new InvalidRequestException("page", "must be at most " + lastPage + " for pages of " + size);
        }
    }
}
