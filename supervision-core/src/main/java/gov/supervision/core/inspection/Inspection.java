package gov.supervision.core.inspection;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.inspection.InspectionRecordedEvent;
import gov.supervision.core.api.inspection.RecordInspectionCommand;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An inspection (督查) as conducted: a record that does not change; its findings live on as rectification tasks. */
@Aggregate
class Inspection {

    @AggregateIdentifier
    private String inspectionId;

    Inspection() {
        // rebuilt from its events by Axon
    }

    @CommandHandler
    Inspection(RecordInspectionCommand command, OfficeCalendar calendar) {
        if (command.conductedOn().isAfter(calendar.today())) {
            throw new RuleViolationException(RuleViolation.INSPECTION_IN_FUTURE,
                    "The inspection is dated " + command.conductedOn() + ", after today (" + calendar.today()
                            + "): only inspections already conducted can be recorded.");
        }
        apply(new InspectionRecordedEvent(command.inspectionId(), command.type(), command.title(),
                command.inspectors(), command.conductedOn(), command.findings()));
    }

    @EventSourcingHandler
    void on(InspectionRecordedEvent event) {
        inspectionId = event.inspectionId();
    }
}
