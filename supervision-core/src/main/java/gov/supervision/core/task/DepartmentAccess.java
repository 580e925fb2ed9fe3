package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.TaskAssignedEvent;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A department acts only on the tasks it leads or co-operates on, or their subtasks. The lead answers for the whole
 * task ("牵头部门要充分发挥牵头抓总作用，对牵头事项“一牵到底”") and acts for it on every subtask below; a co-operating
 * department contributes ("协同部门要主动加强沟通衔接，切实负起责任，决不能推诿扯皮") and may report on them, so the
 * ancestors' departments are carried down on assignment. Roles are checked at the edge; here only a department
 * acting as such is held to its own tasks. Departments are known by their codes, or by their names on tasks from
 * before the directory.
 */
record DepartmentAccess(String lead, Set<String> cooperating, Set<String> ancestorLeads, Set<String> ancestors) {

    static DepartmentAccess of(TaskAssignedEvent event) {
        return new DepartmentAccess(event.details().leadDepartmentKey(), Set.copyOf(event.details().coDepartmentKeys()),
                Set.copyOf(event.ancestorLeadDepartments()), Set.copyOf(event.ancestorDepartments()));
    }

    /** The access of the same task given to another lead department; those of its ancestors stay. */
    DepartmentAccess reassigned(String newLead, List<String> newCooperating) {
        return new DepartmentAccess(newLead, Set.copyOf(newCooperating), ancestorLeads, ancestors);
    }

    void requireLead(Actor actor) {
        if (scopedToDepartment(actor) && !leads(actor)) {
            throw new RuleViolationException(RuleViolation.NOT_LEAD_DEPARTMENT,
                    actor.department() + " does not lead this task.");
        }
    }

    void requireParticipant(Actor actor) {
        if (scopedToDepartment(actor) && !participates(actor)) {
            throw new RuleViolationException(RuleViolation.NOT_TASK_DEPARTMENT,
                    actor.department() + " is neither the lead nor a co-operating department of this task.");
        }
    }

    private boolean leads(Actor actor) {
        return actor.actsAs(lead) || ancestorLeads.stream().anyMatch(actor::actsAs);
    }

    private boolean participates(Actor actor) {
        return leads(actor) || cooperating.stream().anyMatch(actor::actsAs) || ancestors.stream().anyMatch(actor::actsAs);
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
