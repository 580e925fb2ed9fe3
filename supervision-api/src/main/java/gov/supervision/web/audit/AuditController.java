package gov.supervision.web.audit;

import gov.supervision.query.api.audit.ChainVerification;
import gov.supervision.query.api.audit.CurrentDigestQuery;
import gov.supervision.query.api.audit.DigestVerification;
import gov.supervision.query.api.audit.LedgerDigest;
import gov.supervision.query.api.audit.VerifyDigestQuery;
import gov.supervision.query.api.audit.VerifyTaskChainQuery;
import gov.supervision.query.api.history.FindTaskHistoryQuery;
import gov.supervision.query.api.history.HistoryEntry;
import gov.supervision.query.api.history.TaskHistory;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.error.NotFoundException;
import gov.supervision.web.query.Paging;
import gov.supervision.web.task.TaskReader;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What auditors read: a task's full history from the event store, its hash chain recomputed from the rows as
 * stored, a dossier for the file, and the ledger-wide digest they keep elsewhere and verify later.
 */
@RestController
class AuditController {

    private final QueryGateway queries;
    private final TaskReader tasks;
    private final Clock clock;

    AuditController(QueryGateway queries, TaskReader tasks, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.clock = clock;
    }

    record DigestRequest(
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String root,
            @NotNull @Min(0) Long events,
            @NotNull @Min(0) Long position) {
    }

    record Dossier(TaskView task, List<String> subtaskIds, ChainVerification verification,
                   List<HistoryEntry> history, Instant compiledAt) {
    }

    @Operation(summary = "Every event of the task in order, with its actor and hash links; paged")
    @GetMapping("/api/v1/tasks/{id}/history")
    TaskHistory history(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "500") int size) {
        Paging.check(page, size, FindTaskHistoryQuery.MAX_SIZE);
        TaskHistory history = queries.query(new FindTaskHistoryQuery(id, page, size), TaskHistory.class).join();
        if (history.total() == 0) {
            throw unknown(id);
        }
        return history;
    }

    @Operation(summary = "Recompute the task's hash chain from its rows as stored")
    @GetMapping("/api/v1/tasks/{id}/verification")
    ChainVerification verification(@PathVariable String id) {
        return verify(id);
    }

    @Operation(summary = "One document for an auditor's file: the task now, its subtasks, its full history and "
            + "the verification of its chain")
    @GetMapping("/api/v1/tasks/{id}/dossier")
    Dossier dossier(@PathVariable String id) {
        ChainVerification verification = verify(id);
        TaskHistory history = queries.query(FindTaskHistoryQuery.all(id), TaskHistory.class).join();
        TaskView task = tasks.now(id);
        return new Dossier(task, task.subtaskIds(), verification, history.entries(), clock.instant());
    }

    @Operation(summary = "The ledger-wide digest (Merkle root over every chain head, events, position) to keep "
            + "elsewhere")
    @GetMapping("/api/v1/audit/digest")
    LedgerDigest digest() {
        return queries.query(new CurrentDigestQuery(), LedgerDigest.class).join();
    }

    @Operation(summary = "Whether the store still holds, unchanged, everything a digest kept elsewhere covered")
    @PostMapping(path = "/api/v1/audit/digest/verification", consumes = "application/json")
    DigestVerification verifyDigest(@Valid @RequestBody DigestRequest digest) {
        return queries.query(new VerifyDigestQuery(digest.root(), digest.events(), digest.position()),
                DigestVerification.class).join();
    }

    private ChainVerification verify(String id) {
        ChainVerification verification = queries.query(new VerifyTaskChainQuery(id), ChainVerification.class)
                .join();
        if (verification.events() == 0) {
            throw unknown(id);
        }
        return verification;
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("TASK_NOT_FOUND", "No task " + id + ".");
    }
}
