package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentAccessTest {

    private static final String STREET = "高新区财政局";

    /** A county's subtask of the task led by LEAD with CO co-operating. */
    private final DepartmentAccess countySubtask =
            new DepartmentAccess(COUNTY, Set.of(STREET), Set.of(LEAD), Set.of(LEAD, CO));

    @Test
    void itsSubtasksInheritTheLeadsAndDepartmentsOfEveryAncestor() {
        assertThat(countySubtask.leadsOfSubtask()).containsExactlyInAnyOrder(LEAD, COUNTY);
        assertThat(countySubtask.departmentsOfSubtask()).containsExactlyInAnyOrder(LEAD, CO, COUNTY, STREET);
    }

    @Test
    void theLeadAndTheLeadOfAnAncestorActForTheTask() {
        assertThatCode(() -> countySubtask.requireLead(COUNTY_DEPARTMENT)).doesNotThrowAnyException();
        assertThatCode(() -> countySubtask.requireLead(LEAD_DEPARTMENT)).doesNotThrowAnyException();
    }

    @Test
    void aCoOperatingDepartmentOfAnAncestorTakesPartButDoesNotLead() {
        assertThatCode(() -> countySubtask.requireParticipant(CO_DEPARTMENT)).doesNotThrowAnyException();
        assertRefused(() -> countySubtask.requireLead(CO_DEPARTMENT), RuleViolation.NOT_LEAD_DEPARTMENT);
    }

    @Test
    void aForeignDepartmentNeitherLeadsNorTakesPart() {
        assertRefused(() -> countySubtask.requireLead(FOREIGN_DEPARTMENT), RuleViolation.NOT_LEAD_DEPARTMENT);
        assertRefused(() -> countySubtask.requireParticipant(FOREIGN_DEPARTMENT), RuleViolation.NOT_TASK_DEPARTMENT);
    }

    @Test
    void onlyADepartmentActingAsSuchIsHeldToItsOwnTasks() {
        for (Actor actor : Set.of(SUPERVISOR, LEADER, Actor.SYSTEM)) {
            assertThatCode(() -> countySubtask.requireLead(actor)).doesNotThrowAnyException();
        }
    }

    private static void assertRefused(ThrowingCallable action, RuleViolation violation) {
        assertThatThrownBy(action).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.violation()).isEqualTo(violation));
    }
}
