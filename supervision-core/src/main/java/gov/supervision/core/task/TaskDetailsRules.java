package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.TaskDetails;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The rules every assigned task obeys, whether it is assigned directly or made by decomposition. */
final class TaskDetailsRules {

    private TaskDetailsRules() {
    }

    static void check(TaskDetails details, LocalDate today) {
        if (details.dueDate().isBefore(today)) {
            throw new RuleViolationException(RuleViolation.DUE_DATE_IN_PAST,
                    "The due date " + details.dueDate() + " is before today (" + today + ").");
        }
        Set<String> names = new HashSet<>();
        for (Milestone milestone : details.milestones()) {
            if (!names.add(milestone.name())) {
                throw new RuleViolationException(RuleViolation.DUPLICATE_MILESTONE,
                        "The milestone '" + milestone.name() + "' is named more than once.");
            }
        }
        for (Milestone milestone : details.milestones()) {
            if (milestone.dueDate() != null && milestone.dueDate().isAfter(details.dueDate())) {
                throw new RuleViolationException(RuleViolation.MILESTONE_AFTER_DUE_DATE,
                        "The milestone '" + milestone.name() + "' is due " + milestone.dueDate()
                                + ", after the task's due date " + details.dueDate() + ".");
            }
        }
        OneLeadDepartment.require(details);
    }
}
