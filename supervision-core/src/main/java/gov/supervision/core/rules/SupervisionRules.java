package gov.supervision.core.rules;

import java.time.Duration;
import java.time.Period;

/**
 * The configurable rules of time ({@code supervision.rules.*}). The values applied are copied into the events
 * they cause, so a later change of rules never rewrites history.
 *
 * @param yellowBefore       how long before the due date a task not completed turns yellow
 * @param escalateAfter      how long a red warning may stay unresolved before each step up the ladder
 * @param generalProblemDays days to solve a general problem ("一般问题一周内办结")
 * @param complexProblemDays days to solve a complex problem ("复杂问题一月内办结")
 */
public record SupervisionRules(Period yellowBefore, Duration escalateAfter, int generalProblemDays,
                               int complexProblemDays) {

    public static final SupervisionRules DEFAULT =
            new SupervisionRules(Period.ofDays(3), Duration.ofDays(7), 7, 30);
}
