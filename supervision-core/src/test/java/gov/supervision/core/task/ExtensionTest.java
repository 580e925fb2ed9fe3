package gov.supervision.core.task;

import gov.supervision.core.api.task.DecideExtensionCommand;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.core.task.TaskDeadlines.Overdue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.TaskFixtures.*;

class ExtensionTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2023, 9, 28);
    private static final LocalDate DECEMBER = LocalDate.of(2023, 12, 31);
    private static final String REASON = "受汛期影响施工暂停";

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void leadDepartmentAsksForALaterDueDate() {
        fixture.given(inProgressTask())
                .when(new RequestExtensionCommand(TASK_ID, EXTENSION_ID, SEPTEMBER, REASON, null), by(LEAD_DEPARTMENT))
                .expectEvents(new ExtensionRequestedEvent(TASK_ID, EXTENSION_ID, DUE, SEPTEMBER, REASON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void cannotAskForASecondExtensionWhileOneAwaitsDecision() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, SEPTEMBER))
                .when(new RequestExtensionCommand(TASK_ID, "extension-2", DECEMBER, REASON, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(EXTENSION_ALREADY_PENDING));
    }

    @Test
    void cannotAskForTheSameDueDateAgain() {
        fixture.given(assigned())
                .when(new RequestExtensionCommand(TASK_ID, EXTENSION_ID, DUE, REASON, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(EXTENSION_NOT_LATER));
    }

    @Test
    void cannotAskForAnEarlierDueDateThanTheExtendedOne() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, DECEMBER), granted(EXTENSION_ID, DUE, DECEMBER))
                .when(new RequestExtensionCommand(TASK_ID, "extension-2", SEPTEMBER, REASON, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(EXTENSION_NOT_LATER));
    }

    @Test
    void cannotAskToExtendAClosedTask() {
        fixture.given(closedTask())
                .when(new RequestExtensionCommand(TASK_ID, EXTENSION_ID, SEPTEMBER, REASON, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotAskToExtendACompletedTask() {
        fixture.given(completedTask())
                .when(new RequestExtensionCommand(TASK_ID, EXTENSION_ID, SEPTEMBER, REASON, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void grantingMovesTheDueDateAndKeepsTheOriginalForAssessment() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, SEPTEMBER))
                .when(new DecideExtensionCommand(TASK_ID, EXTENSION_ID, true, "同意延期", null), by(SUPERVISOR))
                .expectEvents(new ExtensionGrantedEvent(TASK_ID, EXTENSION_ID, DUE, SEPTEMBER, DUE, "同意延期"))
                .expectResultMessagePayload(2L)
                .expectScheduledDeadline(startOf(SEPTEMBER.plusDays(1)), new Overdue(SEPTEMBER));
    }

    @Test
    void aSecondGrantStillReportsTheOriginalDueDate() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, SEPTEMBER), granted(EXTENSION_ID, DUE, SEPTEMBER),
                        requested("extension-2", SEPTEMBER, DECEMBER))
                .when(new DecideExtensionCommand(TASK_ID, "extension-2", true, "最后一次延期", null), by(SUPERVISOR))
                .expectEvents(new ExtensionGrantedEvent(TASK_ID, "extension-2", SEPTEMBER, DECEMBER, DUE, "最后一次延期"));
    }

    @Test
    void denyingKeepsTheDueDateAndAllowsANewRequest() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, SEPTEMBER),
                        new ExtensionDeniedEvent(TASK_ID, EXTENSION_ID, "理由不充分"))
                .when(new RequestExtensionCommand(TASK_ID, "extension-2", SEPTEMBER, "补充说明：汛期停工45天", null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ExtensionRequestedEvent(TASK_ID, "extension-2", DUE, SEPTEMBER, "补充说明：汛期停工45天"));
    }

    @Test
    void supervisorDeniesAnExtension() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, SEPTEMBER))
                .when(new DecideExtensionCommand(TASK_ID, EXTENSION_ID, false, "理由不充分", null), by(SUPERVISOR))
                .expectEvents(new ExtensionDeniedEvent(TASK_ID, EXTENSION_ID, "理由不充分"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotDecideAnExtensionRequestTheTaskDoesNotHave() {
        fixture.given(assigned())
                .when(new DecideExtensionCommand(TASK_ID, "no-such-request", true, "同意", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(UNKNOWN_REQUEST));
    }

    @Test
    void cannotDecideAnExtensionRequestTwice() {
        fixture.given(assigned(), requested(EXTENSION_ID, DUE, SEPTEMBER), granted(EXTENSION_ID, DUE, SEPTEMBER))
                .when(new DecideExtensionCommand(TASK_ID, EXTENSION_ID, false, "撤回", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(REQUEST_ALREADY_DECIDED));
    }

    @Test
    void cannotDecideAnExtensionOfAClosedTask() {
        fixture.given(assigned(), claimed(), requested(EXTENSION_ID, DUE, SEPTEMBER), completionRequested(),
                        completionApproved(), closed())
                .when(new DecideExtensionCommand(TASK_ID, EXTENSION_ID, true, "同意", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    private static ExtensionRequestedEvent requested(String requestId, LocalDate current, LocalDate requested) {
        return new ExtensionRequestedEvent(TASK_ID, requestId, current, requested, REASON);
    }

    private static ExtensionGrantedEvent granted(String requestId, LocalDate previous, LocalDate granted) {
        return new ExtensionGrantedEvent(TASK_ID, requestId, previous, granted, DUE, "同意");
    }
}
