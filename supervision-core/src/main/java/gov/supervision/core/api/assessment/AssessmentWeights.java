package gov.supervision.core.api.assessment;

/**
 * The weights of an assessment scheme's formula (考核办法), in points:
 * <pre>
 * score = onTime × onTimeRate + reportTimeliness × reportTimeliness + coOperation × coOperationRate + base
 *         − overdue × overdueRate − yellowWarning × yellowPerTask − redWarning × redPerTask
 *         − escalation × escalationsPerTask
 *         − finding × findings − sanction × sanctions + commendation × commendations
 * </pre>
 * The rates are shares of a department's tasks weighted by their category's multiplier; findings and accountability
 * records count one by one. The score is not clamped, so departments past either end still rank by what they did.
 */
public record AssessmentWeights(
        double onTime,
        double reportTimeliness,
        double coOperation,
        double base,
        double overdue,
        double yellowWarning,
        double redWarning,
        double escalation,
        double finding,
        double sanction,
        double commendation) {

    /** The built-in scheme's weights: 100 points for a department that did everything on time, before records. */
    public static final AssessmentWeights DEFAULT = new AssessmentWeights(50, 30, 10, 10, 20, 10, 20, 20, 1, 5, 2);
}
