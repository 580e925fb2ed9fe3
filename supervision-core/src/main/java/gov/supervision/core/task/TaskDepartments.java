package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.TaskAssignedEvent;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The departments that may act on a task. A department leading or co-operating on an ancestor keeps
 * its say over the subtasks ("一牵到底"), so the ancestors' departments are carried down on assignment.
 * Roles are checked at the edge; here only a department acting as such is held to its own tasks.
 */
record TaskDepartments(String lead, Set<String> cooperating, Set<String> ancestorLeads, Set<String> ancestors) {

    static TaskDepartments of(TaskAssignedEvent event) {
        return new TaskDepartments(event.details().leadDepartment(), Set.copyOf(event.details().coDepartments()),
                Set.copyOf(event.ancestorLeadDepartments()), Set.copyOf(event.ancestorDepartments()));
    }

    void requireLead(Actor actor) {
        if (scopedToDepartment(actor) && !leads(actor.department())) {
            throw new RuleViolationException(RuleViolation.NOT_LEAD_DEPARTMENT,
                    actor.department() + " does not lead this task.");
        }
    }

    void requireParticipant(Actor actor) {
        if (scopedToDepartment(actor) && !participates(actor.department())) {
            throw new RuleViolationException(RuleViolation.NOT_TASK_DEPARTMENT,
                    actor.department() + " is neither the lead nor a co-operating department of this task.");
        }
    }

    private boolean leads(String department) {
        return lead.equals(department) || ancestorLeads.contains(department);
    }

    private boolean participates(String department) {
        return lead.equals(department) || cooperating.contains(department) || ancestors.contains(department);
    }

    private static boolean scopedToDepartment(Actor actor) {
        return actor.has(Role.DEPARTMENT) && !actor.has(Role.SUPERVISOR);
    }

    Set<String> leadsOfSubtask() {
        Set<String> leads = new LinkedHashSet<>(ancestorLeads);
        leads.add(lead);
        return Collections.unmodifiableSet(leads);
    }

    Set<String> departmentsOfSubtask() {
        Set<String> departments = new LinkedHashSet<>(ancestors);
        departments.add(lead);
        departments.addAll(cooperating);
        return Collections.unmodifiableSet(departments);
    }
}
