package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneLeadDepartmentTest {

    @Test
    void oneLeadWithAnyNumberOfCoOperatingDepartmentsIsAccepted() {
        assertThatCode(() -> OneLeadDepartment.require(details(TITLE, LEAD, List.of(), DUE, List.of())))
                .doesNotThrowAnyException();
        assertThatCode(() -> OneLeadDepartment.require(details(TITLE, LEAD, List.of(CO, COUNTY), DUE, List.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void theLeadDepartmentCannotAlsoCoOperate() {
        assertThatThrownBy(() -> OneLeadDepartment.require(details(TITLE, LEAD, List.of(CO, LEAD), DUE, List.of())))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.violation())
                        .isEqualTo(RuleViolation.LEAD_DEPARTMENT_ALSO_COOPERATING));
    }
}
