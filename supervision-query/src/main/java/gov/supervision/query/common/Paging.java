package gov.supervision.query.common;

/** The paging every list of the read side takes: pages count from 0 and hold at least one item. */
public final class Paging {

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException(
                    "Page must be 0 or more and size 1 or more, got page " + page + " and size " + size);
        }
    }
}
