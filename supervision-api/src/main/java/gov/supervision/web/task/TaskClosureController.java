package gov.supervision.web.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.CloseTaskCommand;
import gov.supervision.core.api.task.ExcusedFailure;
import gov.supervision.core.api.task.RecordAccountabilityCommand;
import gov.supervision.core.api.task.RecordReviewCommand;
import gov.supervision.core.api.task.RecordYearEndExplanationCommand;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.command.IfMatch;
import gov.supervision.web.command.IdGenerator;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The end of the loop and what stays on record: closure (销号), reviews, accountability, year-end explanations. */
@RestController
@RequestMapping("/api/v1/tasks/{id}")
class TaskClosureController {

    private final CommandDispatcher commands;
    private final IdGenerator ids;
    private final DirectoryResolver directory;

    TaskClosureController(CommandDispatcher commands, IdGenerator ids, DirectoryResolver directory) {
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
    }

    record ClosureRequest(@Size(max = 2000) String comment) {
    }

    record ReviewRequest(@NotBlank @Size(max = 8000) String lessons) {
    }

    /**
     * {@code subjectDepartment} (code, name or alias) is the department the record counts for, the task's lead
     * department when none is named; {@code exempts} the failures a due-diligence exemption excuses.
     */
    record AccountabilityRequest(
            @NotNull AccountabilityType type,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 4000) String reason,
            @Size(max = 200) String subjectDepartment,
            @Size(max = 3) List<@NotNull ExcusedFailure> exempts) {

        List<ExcusedFailure> excused() {
            return exempts == null ? List.of() : exempts;
        }
    }

    record YearEndExplanationRequest(
            @NotNull @Min(2000) @Max(2999) Integer year,
            @NotBlank @Size(max = 8000) String explanation) {
    }

    @Operation(summary = "Strike the task off the ledger (销号): only after approved completion, every subtask closed")
    @PostMapping("/closure")
    CommandAnswer close(@PathVariable String id, @Valid @RequestBody(required = false) ClosureRequest request,
                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String comment = request == null ? null : request.comment();
        Long version = commands.send(new CloseTaskCommand(id, comment, IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version);
    }

    @Operation(summary = "Record lessons learned (复盘); only once closed")
    @PostMapping(path = "/reviews", consumes = "application/json")
    CommandAnswer review(@PathVariable String id, @Valid @RequestBody ReviewRequest request,
                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String reviewId = ids.newId();
        Long version = commands.send(new RecordReviewCommand(id, reviewId, request.lessons(), IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("reviewId", reviewId);
    }

    @Operation(summary = "Record 约谈 / 问责 / 表扬 / 推荐重用 / 尽职免责")
    @PostMapping(path = "/accountability-records", consumes = "application/json")
    CommandAnswer recordAccountability(@PathVariable String id, @Valid @RequestBody AccountabilityRequest request,
                                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        // Refused here too, so that the answer names the field.
        request.type().refusalToExcuse(request.excused()).ifPresent(refusal -> {
            throw new InvalidRequestException(RuleViolation.EXEMPTS_INVALID.name(), "exempts", refusal);
        });
        DepartmentEntry subject = request.subjectDepartment() == null
                ? null
                : directory.knownDepartment("subjectDepartment", request.subjectDepartment());
        String recordId = ids.newId();
        Long version = commands.send(new RecordAccountabilityCommand(id, recordId, request.type(),
                request.subject(), request.reason(), IfMatch.version(ifMatch),
                subject == null ? null : subject.name(), subject == null ? null : subject.code(), request.excused()));
        return CommandAnswer.of(id, version).with("recordId", recordId);
    }

    @Operation(summary = "The leader in charge explains an unfinished task at year end (年底对照检查)")
    @PostMapping(path = "/year-end-explanations", consumes = "application/json")
    CommandAnswer explain(@PathVariable String id, @Valid @RequestBody YearEndExplanationRequest request,
                          @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(new RecordYearEndExplanationCommand(id, request.year(), request.explanation(),
                IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("year", request.year());
    }
}
