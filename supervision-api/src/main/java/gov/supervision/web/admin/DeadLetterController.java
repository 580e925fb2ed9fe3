package gov.supervision.web.admin;

import gov.supervision.infrastructure.processing.DeadLetters;
import gov.supervision.web.error.InvalidRequestException;
import gov.supervision.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events a projection could not handle (SUPERVISOR): see them, and retry them once the cause is fixed. */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Parked events, oldest sequence first: of one processing group, or of all; at most size (100)")
    @GetMapping("/api/v1/admin/dead-letters")
    DeadLetters.DeadLetterList deadLetters(@RequestParam(required = false) String processingGroup,
                                           @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > DeadLetters.MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + DeadLetters.MAX_SIZE);
        }
        return deadLetters.list(processingGroup, size).orElseThrow(() -> unknown(processingGroup));
    }

    @Operation(summary = "Retry every parked sequence of the group once; answers how many letters went and remain")
    @PostMapping("/api/v1/admin/dead-letters/{processingGroup}/retry")
    DeadLetters.RetryOutcome retry(@PathVariable String processingGroup) {
        return deadLetters.retry(processingGroup).orElseThrow(() -> unknown(processingGroup));
    }

    private NotFoundException unknown(String processingGroup) {
        return new NotFoundException("UNKNOWN_DEAD_LETTER_QUEUE", "No dead-letter queue for processing group "
                + processingGroup + "; there are " + deadLetters.groups() + ".");
    }
}
