package gov.supervision.core.task;

import gov.supervision.core.api.task.AcknowledgeNoticeCommand;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.NoticeAcknowledgedEvent;
import gov.supervision.core.api.task.NoticeRecipient;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.supervision.core.task.TaskFixtures.*;

/** A recipient acknowledges a notice of the task (签收): once, at any stage of the task. */
class ReceiptsTest {

    private static final String NOTICE_ID = "event-of-the-warning";
    private static final NoticeRecipient LEAD_RECIPIENT = NoticeRecipient.department(LEAD);

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void aReceiptIsRecordedAsAnEventOfTheTask() {
        fixture.given(assigned(), claimed())
                .when(new AcknowledgeNoticeCommand(TASK_ID, NOTICE_ID, LEAD_RECIPIENT), by(LEAD_DEPARTMENT))
                .expectEvents(new NoticeAcknowledgedEvent(TASK_ID, NOTICE_ID, LEAD_RECIPIENT))
                .expectResultMessagePayload(2L);
    }

    @Test
    void acknowledgingAgainRecordsNothingNew() {
        fixture.given(assigned(), claimed(), new NoticeAcknowledgedEvent(TASK_ID, NOTICE_ID, LEAD_RECIPIENT))
                .when(new AcknowledgeNoticeCommand(TASK_ID, NOTICE_ID, LEAD_RECIPIENT), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void eachRecipientAcknowledgesForItself() {
        fixture.given(assigned(), claimed(), new NoticeAcknowledgedEvent(TASK_ID, NOTICE_ID, LEAD_RECIPIENT))
                .when(new AcknowledgeNoticeCommand(TASK_ID, NOTICE_ID, NoticeRecipient.OFFICE), by(SUPERVISOR))
                .expectEvents(new NoticeAcknowledgedEvent(TASK_ID, NOTICE_ID, NoticeRecipient.OFFICE));
    }

    @Test
    void theNoticeOfAClosedTaskIsStillAcknowledged() {
        fixture.given(assigned(), claimed(), new CompletionRequestedEvent(TASK_ID, "completion-1", "已完成", List.of()),
                        new CompletionApprovedEvent(TASK_ID, "completion-1", "同意"), closed())
                .when(new AcknowledgeNoticeCommand(TASK_ID, NOTICE_ID, LEAD_RECIPIENT), by(LEAD_DEPARTMENT))
                .expectEvents(new NoticeAcknowledgedEvent(TASK_ID, NOTICE_ID, LEAD_RECIPIENT));
    }
}
