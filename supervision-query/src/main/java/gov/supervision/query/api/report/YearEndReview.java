package gov.supervision.query.api.report;

import java.util.List;

/** 年底对照检查: the year's unclosed tasks, ordered by lead department then title. */
public record YearEndReview(int year, long unclosed, long explained, List<UnclosedTask> tasks) {
}
