package gov.supervision.core.task;

import gov.supervision.core.api.task.AcknowledgeNoticeCommand;
import gov.supervision.core.api.task.NoticeAcknowledgedEvent;
import gov.supervision.core.api.task.NoticeRecipient;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Receipts (签收) of the task's notices. A notice may be acknowledged at any stage of the task, after its closure
 * too (the notice of an approved completion arrives then); acknowledging again records nothing new.
 */
final class Receipts {

    private final Set<String> acknowledged = new HashSet<>();

    @CommandHandler
    Long handle(AcknowledgeNoticeCommand command) {
        if (!acknowledged.contains(key(command.noticeId(), command.recipient()))) {
            apply(new NoticeAcknowledgedEvent(command.taskId(), command.noticeId(), command.recipient()));
        }
        return getVersion();
    }

    @EventSourcingHandler
    void on(NoticeAcknowledgedEvent event) {
        acknowledged.add(key(event.noticeId(), event.recipient()));
    }

    private static String key(String noticeId, NoticeRecipient recipient) {
        return noticeId + '\n' + recipient.kind() + '\n' + recipient.key();
    }
}
