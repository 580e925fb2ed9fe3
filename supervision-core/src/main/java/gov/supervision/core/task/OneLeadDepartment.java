package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.TaskDetails;

/**
 * "需要多部门协同推进的工作……牵头部门要充分发挥牵头抓总作用": a task needing several departments names one lead and any
 * number of co-operating departments, and the lead is not among them, so that one department answers for the whole
 * task. Assigned and decomposed tasks alike.
 */
final class OneLeadDepartment {

    private OneLeadDepartment() {
    }

    static void require(TaskDetails details) {
        if (details.coDepartmentKeys().contains(details.leadDepartmentKey())) {
            throw new RuleViolationException(RuleViolation.LEAD_DEPARTMENT_ALSO_COOPERATING,
                    "The lead department " + details.leadDepartment() + " cannot also be a co-operating department.");
        }
    }
}
