package gov.supervision.core.api.archviolation;

/** Deliberately wrong, for ArchitectureTest only: a command that is a mutable class, not a record. */
public class ClassNotRecordCommand {

    String taskId;
}
