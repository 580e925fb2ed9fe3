package gov.supervision.query.api.report;

import java.time.Instant;

/**
 * The assessment of every department for a year (by the office's calendar), answered as {@link DepartmentReport}:
 * the figures as they stood at the year's cut-off, or at {@code asOf} when that is earlier (null: now, or the
 * cut-off once it has passed), scored by the version of the assessment scheme in force then.
 */
public record DepartmentReportQuery(int year, Instant asOf) {

    public DepartmentReportQuery(int year) {
        this(year, null);
    }
}
