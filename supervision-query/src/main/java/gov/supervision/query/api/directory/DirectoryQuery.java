package gov.supervision.query.api.directory;

/** Asks for the directory as it stands now: always current, read from the event store. */
public record DirectoryQuery() {
}
