package gov.supervision.query.archviolation;

import gov.supervision.web.query.Paging;

/** Deliberately misplaced, for ArchitectureTest only: a read model checking HTTP parameters. */
public class QueryUsingWebViolation {

    void check(int page, int size) {
        Paging.check(page, size);
    }
}
