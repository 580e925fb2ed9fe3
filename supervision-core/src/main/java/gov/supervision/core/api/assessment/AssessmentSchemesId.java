package gov.supervision.core.api.assessment;

/**
 * The office keeps its assessment schemes in one register: a single aggregate, so that every version of every scheme
 * is one link of one hash chain and its instant is the event's.
 */
public final class AssessmentSchemesId {

    public static final String ID = "assessment-schemes";

    private AssessmentSchemesId() {
    }
}
