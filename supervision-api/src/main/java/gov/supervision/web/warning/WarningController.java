package gov.supervision.web.warning;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.escalation.EscalationPage;
import gov.supervision.query.api.escalation.FindEscalationsQuery;
import gov.supervision.query.api.warning.FindWarningsQuery;
import gov.supervision.query.api.warning.WarningPage;
import gov.supervision.web.query.Paging;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Warnings (预警) and escalations (提请协调), active and past; a department sees those of its own tasks. */
@RestController
class WarningController {

    private final QueryGateway queries;
    private final CurrentActor currentActor;
    private final DirectoryResolver directory;

    WarningController(QueryGateway queries, CurrentActor currentActor, DirectoryResolver directory) {
        this.queries = queries;
        this.currentActor = currentActor;
        this.directory = directory;
    }

    @Operation(summary = "Warnings, newest first; filters level, active, department (the task's lead department)")
    @GetMapping("/api/v1/warnings")
    WarningPage warnings(@RequestParam(required = false) WarningLevel level,
                         @RequestParam(required = false) Boolean active,
                         @RequestParam(required = false) String department,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new FindWarningsQuery(level, active, directory.departmentNameOr(department), currentActor.departmentScope(), page,
                size), WarningPage.class).join();
    }

    @Operation(summary = "Escalations, newest first; filters open, level, leader (the task's leader in charge)")
    @GetMapping("/api/v1/escalations")
    EscalationPage escalations(@RequestParam(required = false) Boolean open,
                               @RequestParam(required = false) EscalationLevel level,
                               @RequestParam(required = false) String leader,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new FindEscalationsQuery(open, level, directory.leaderNameOr(leader), currentActor.departmentScope(), page,
                size), EscalationPage.class).join();
    }
}
