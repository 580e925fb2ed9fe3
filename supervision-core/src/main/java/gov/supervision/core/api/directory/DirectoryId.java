package gov.supervision.core.api.directory;

/**
 * The directory is one register for the whole city: a single aggregate, so that no two departments can ever share a
 * name or an alias and every change is one link of one hash chain.
 */
public final class DirectoryId {

    public static final String ID = "directory";

    private DirectoryId() {
    }
}
