package gov.supervision.web.notice;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.AcknowledgeNoticeCommand;
import gov.supervision.core.api.task.NoticeRecipient;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.query.api.notice.FindNoticeQuery;
import gov.supervision.query.api.notice.FindNoticesQuery;
import gov.supervision.query.api.notice.NoticePage;
import gov.supervision.query.api.notice.NoticeRecord;
import gov.supervision.query.api.notice.NoticeType;
import gov.supervision.query.api.notice.TaskNotices;
import gov.supervision.query.api.notice.TaskNoticesQuery;
import gov.supervision.query.api.notice.UrgingNoticeQuery;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.document.OfficeDocuments;
import gov.supervision.web.document.PdfAnswer;
import gov.supervision.web.error.ForbiddenException;
import gov.supervision.web.error.NotFoundException;
import gov.supervision.web.query.Paging;
import gov.supervision.web.security.CurrentActor;
import gov.supervision.web.task.TaskReader;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Notices (通知): the caller's own, their receipts (签收), each task's notices with who has and has not acknowledged,
 * and the urging notice (督办单) printed. A caller's notices are those addressed to its department, to it as a
 * leader (and to the city government, for a leader who decides for it), and, for the office's staff, the office's.
 */
@RestController
class NoticeController {

    private final QueryGateway queries;
    private final CommandDispatcher commands;
    private final CurrentActor currentActor;
    private final TaskReader tasks;
    private final OfficeDocuments documents;

    NoticeController(QueryGateway queries, CommandDispatcher commands, CurrentActor currentActor, TaskReader tasks,
                     OfficeDocuments documents) {
        this.queries = queries;
        this.commands = commands;
        this.currentActor = currentActor;
        this.tasks = tasks;
        this.documents = documents;
    }

    @Operation(summary = "The caller's own notices, newest first; filters unread, type, taskId")
    @GetMapping(path = "/api/v1/notices", produces = "application/json")
    NoticePage notices(@RequestParam(required = false) Boolean unread,
                       @RequestParam(required = false) NoticeType type,
                       @RequestParam(required = false) String taskId,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new FindNoticesQuery(recipients(), unread, type, taskId, page, size), NoticePage.class)
                .join();
    }

    @Operation(summary = "Acknowledge a notice (签收), as its recipient; recorded as an event of the task")
    @PostMapping(path = "/api/v1/notices/{noticeId}/receipt", produces = "application/json")
    CommandAnswer acknowledge(@PathVariable String noticeId) {
        NoticeRecord notice = queries.query(new FindNoticeQuery(noticeId),
                        ResponseTypes.optionalInstanceOf(NoticeRecord.class)).join()
                .orElseThrow(() -> new NotFoundException("NOTICE_NOT_FOUND", "No notice " + noticeId + "."));
        Set<NoticeRecipient> mine = recipients();
        List<NoticeRecipient> addressed = notice.recipients().stream()
                .map(receipt -> receipt.recipient())
                .filter(mine::contains)
                .toList();
        if (addressed.isEmpty()) {
            throw new ForbiddenException("NOT_NOTICE_RECIPIENT", "This notice is not addressed to you.");
        }
        Long version = null;
        for (NoticeRecipient recipient : addressed) {
            version = commands.send(new AcknowledgeNoticeCommand(notice.taskId(), noticeId, recipient));
        }
        return CommandAnswer.of(notice.taskId(), version).with("noticeId", noticeId);
    }

    @Operation(summary = "Every notice of the task, with its recipients and whether and when each acknowledged "
            + "(the office, auditors and the task's leader)")
    @GetMapping(path = "/api/v1/tasks/{id}/notices", produces = "application/json")
    TaskNotices taskNotices(@PathVariable String id) {
        TaskView task = tasks.now(id);
        Actor actor = currentActor.get();
        boolean office = actor.has(Role.SUPERVISOR) || actor.has(Role.AUDITOR);
        if (!office && !inCharge(actor, task)) {
            throw new ForbiddenException("NOT_LEADER_IN_CHARGE",
                    "The notices of a task are read by the office, auditors and the task's leader in charge.");
        }
        return queries.query(new TaskNoticesQuery(id), TaskNotices.class).join();
    }

    @Operation(summary = "The urging notice (督办单) as a PDF, for those who may read the task")
    @GetMapping(path = "/api/v1/tasks/{id}/urgings/{urgingId}/document", produces = "application/pdf")
    ResponseEntity<byte[]> urgingDocument(@PathVariable String id, @PathVariable String urgingId) {
        tasks.now(id);
        Optional<NoticeRecord> urging = queries.query(new UrgingNoticeQuery(id, urgingId),
                ResponseTypes.optionalInstanceOf(NoticeRecord.class)).join();
        NoticeRecord notice = urging.orElseThrow(() -> new NotFoundException("URGING_NOT_FOUND",
                "No urging notice " + urgingId + " of task " + id + "."));
        return PdfAnswer.of(documents.urgingNotice(notice), "urging-" + urgingId + ".pdf");
    }

    private Set<NoticeRecipient> recipients() {
        Actor actor = currentActor.get();
        Set<NoticeRecipient> recipients = new LinkedHashSet<>();
        if (actor.has(Role.DEPARTMENT)) {
            if (actor.departmentCode() != null) {
                recipients.add(NoticeRecipient.department(actor.departmentCode()));
            }
            recipients.add(NoticeRecipient.department(actor.department()));
        }
        if (actor.has(Role.LEADER)) {
            recipients.add(NoticeRecipient.leader(actor.id()));
            recipients.add(NoticeRecipient.leader(actor.name()));
            if (currentActor.decidesForCityGovernment()) {
                recipients.add(NoticeRecipient.CITY_GOVERNMENT);
            }
        }
        if (actor.has(Role.SUPERVISOR)) {
            recipients.add(NoticeRecipient.OFFICE);
        }
        return recipients;
    }

    private static boolean inCharge(Actor actor, TaskView task) {
        return actor.has(Role.LEADER)
                && (actor.id().equals(task.leaderId()) || actor.name().equals(task.leaderInCharge()));
    }
}
