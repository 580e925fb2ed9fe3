package gov.supervision.query.api.report;

import gov.supervision.core.api.assessment.AssessmentScheme;

import java.util.List;

/**
 * Every version of every assessment scheme, by scheme and version, the built-in version 0 of the default scheme
 * first; {@code inUse} names the scheme the assessment scores by ({@code supervision.assessment.scheme}). A year is
 * scored by the version of that scheme in force at its cut-off.
 */
public record AssessmentSchemeList(String inUse, List<AssessmentScheme> schemes) {
}
