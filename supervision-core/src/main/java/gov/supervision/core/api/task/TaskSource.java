package gov.supervision.core.api.task;

/** Where a task came from, with the reference number of the source system (a meeting, a hotline ticket). */
public record TaskSource(SourceType type, String reference) {
}
