package gov.supervision.web.clock;

import gov.supervision.infrastructure.time.SimulatedClockConfiguration;
import gov.supervision.infrastructure.time.TimeMachine;
import gov.supervision.web.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The simulated clock of demos and black-box tests; the path does not exist without the profile. */
@RestController
@Profile(SimulatedClockConfiguration.PROFILE)
class ClockController {

    private static final Duration LONGEST_STEP = Duration.ofDays(3660);

    private final TimeMachine timeMachine;

    ClockController(TimeMachine timeMachine) {
        this.timeMachine = timeMachine;
    }

    record AdvanceRequest(@NotBlank @Size(max = 40) String advanceBy) {
    }

    record ClockAnswer(Instant now) {
    }

    @Operation(summary = "Simulated clock only: the application's current time")
    @GetMapping("/api/v1/admin/clock")
    ClockAnswer now() {
        return new ClockAnswer(timeMachine.now());
    }

    @Operation(summary = "Simulated clock only: move time forward (ISO-8601, e.g. P8D) and fire what fell due, in order")
    @PostMapping(path = "/api/v1/admin/clock", consumes = "application/json")
    ClockAnswer advance(@Valid @RequestBody AdvanceRequest request) {
        Duration span;
        try {
            span = Duration.parse(request.advanceBy());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("advanceBy", "must be an ISO-8601 duration in days or hours, such as P8D");
        }
        if (span.isNegative() || span.isZero() || span.compareTo(LONGEST_STEP) > 0) {
            throw new InvalidRequestException("advanceBy", "must be forward, and at most " + LONGEST_STEP.toDays()
                    + " days");
        }
        return new ClockAnswer(timeMachine.advance(span));
    }
}
