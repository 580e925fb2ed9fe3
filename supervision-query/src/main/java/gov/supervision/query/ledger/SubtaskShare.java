package gov.supervision.query.ledger;

/** A subtask's part in its parent's progress: its weight (1 unless given at decomposition) and its percent. */
record SubtaskShare(int weight, int percent) {

    static SubtaskShare added(Integer weight) {
        return new SubtaskShare(weight == null ? 1 : Math.max(weight, 0), 0);
    }

    SubtaskShare at(int newPercent) {
        return new SubtaskShare(weight, newPercent);
    }
}
