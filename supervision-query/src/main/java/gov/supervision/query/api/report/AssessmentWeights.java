package gov.supervision.query.api.report;

/**
 * The weights of the department score (docs/read-model.md), configured under
 * {@code supervision.assessment.*} and returned with every report so a department can check its own number:
 * <pre>
 * score = onTimeShare × onTimeRate + base
 *         − overdue × overdueNow − yellowWarning × yellow − redWarning × red
 *         − escalation × escalations − finding × findings
 *         − sanction × (admonishment talks + accountability) + commendation × (commendations + promotions)
 * </pre>
 * where onTimeRate = closedOnTime ÷ assigned (1 when nothing was assigned), clamped to 0–100 and rounded to
 * one decimal.
 */
public record AssessmentWeights(
        double onTimeShare,
        double base,
        double overdue,
        double yellowWarning,
        double redWarning,
        double escalation,
        double finding,
        double sanction,
        double commendation) {

    public static final AssessmentWeights DEFAULT = new AssessmentWeights(60, 40, 5, 1, 3, 5, 2, 5, 2);
}
