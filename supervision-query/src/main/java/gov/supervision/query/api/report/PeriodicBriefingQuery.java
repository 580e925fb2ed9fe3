package gov.supervision.query.api.report;

import java.time.LocalDate;

/**
 * What happened between {@code from} and {@code to} (inclusive dates in the office's zone) — a week, a month,
 * a quarter or a year ("以周保月、以月保季、以季保年"); answered as {@link PeriodicBriefing}. The web layer parses
 * the period ({@code 2023-W05}, {@code 2023-01}, {@code 2023-Q1}, {@code 2023}).
 */
public record PeriodicBriefingQuery(String period, LocalDate from, LocalDate to) {
}
