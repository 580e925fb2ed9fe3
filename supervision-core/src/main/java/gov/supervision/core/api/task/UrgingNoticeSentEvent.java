package gov.supervision.core.api.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An urging notice was sent. Revision 2 added {@code respondBy}, the date by which the department must answer;
 * notices stored before it carry none (see {@code UrgingNoticeSentEventUpcaster}).
 */
@Revision("2")
public record UrgingNoticeSentEvent(String taskId, String urgingId, String message, LocalDate respondBy) {
}
