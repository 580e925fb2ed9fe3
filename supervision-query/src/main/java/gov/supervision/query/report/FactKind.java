package gov.supervision.query.report;

import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.ExcusedFailure;
import gov.supervision.core.api.task.WarningLevel;

/** What a row of {@code report_fact} counts; stored by name, and named so in the views. */
enum FactKind {
    /** The task was assigned; counted for its first lead department, whose spell lasts until a reassignment. */
    TASK_ASSIGNED,
    /**
     * A reassignment (改派) made the department the task's lead from then on; with {@link #TASK_ASSIGNED} it names
     * the lead department of a task at any instant.
     */
    TASK_TAKEN_OVER,
    /** The lead department returned the task (退回); counted for it. */
    TASK_RETURNED,
    /** The office gave the task to another lead department (改派); counted for the department it was taken from. */
    TASK_REASSIGNED,
    REPORT_RECEIVED,
    /**
     * A reporting period (周/月/季) owed by the task's round was reported in, by the lead or a co-operating
     * department; one per task and period, counted for the lead department on the period's last day.
     */
    REPORT_PERIOD,
    /** A department co-operates on the task (协同): one per task and co-operating department, counted for it. */
    CO_TASK,
    /** A co-operating department reported progress on the task; counted for it. */
    CO_REPORT,
    /** A reporting period owed passed without a report; counted on the period's last day. */
    REPORT_MISSED,
    WARNING_YELLOW,
    WARNING_RED,
    /** An escalation by the rule of time or by the office; the assessment deducts it. */
    ESCALATION,
    /** An escalation the lead department asked for itself (提请协调): counted in the briefings, never deducted. */
    ESCALATION_ASKED,
    COMPLETION,
    CLOSURE,
    FINDING,
    ACCOUNTABILITY_SANCTION,
    ACCOUNTABILITY_COMMENDATION,
    ACCOUNTABILITY_OTHER,
    /** A due-diligence exemption (尽职免责) excuses the task's being overdue or late, for its subject department. */
    EXEMPT_OVERDUE,
    /** A due-diligence exemption excuses the task's escalations, for its subject department. */
    EXEMPT_ESCALATION,
    /** A due-diligence exemption excuses the task's warnings, for its subject department. */
    EXEMPT_WARNING;

    static FactKind exemption(ExcusedFailure failure) {
        return switch (failure) {
            case OVERDUE -> EXEMPT_OVERDUE;
            case ESCALATION -> EXEMPT_ESCALATION;
            case WARNING -> EXEMPT_WARNING;
        };
    }

    /** Null for {@link WarningLevel#NONE}, which no warning carries. */
    static FactKind warning(WarningLevel level) {
        return switch (level) {
            case YELLOW -> WARNING_YELLOW;
            case RED -> WARNING_RED;
            case NONE -> null;
        };
    }

    // 激励约束: talks and accountability weigh against a department, commendation and promotion for it;
    // a due-diligence exemption is recorded but weighs neither way.
    static FactKind accountability(AccountabilityType type) {
        return switch (type) {
            case ADMONISHMENT_TALK, ACCOUNTABILITY -> ACCOUNTABILITY_SANCTION;
            case PUBLIC_COMMENDATION, RECOMMENDED_FOR_PROMOTION -> ACCOUNTABILITY_COMMENDATION;
            case DUE_DILIGENCE_EXEMPTION -> ACCOUNTABILITY_OTHER;
        };
    }
}
