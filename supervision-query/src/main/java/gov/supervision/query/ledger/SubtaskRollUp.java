package gov.supervision.query.ledger;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parent's subtasks, in the order they were added, and its progress rolled up from them: each one's weight and
 * percent, and their weighted mean round(Σ weight × percent ÷ Σ weight), null without subtasks. List and map are
 * replaced, never changed in place, so that Hibernate sees every change of the JSON columns.
 */
@Embeddable
class SubtaskRollUp {

    @Convert(converter = JsonColumns.Strings.class)
    private List<String> subtaskIds;
    @Convert(converter = JsonColumns.SubtaskShares.class)
    private Map<String, SubtaskShare> subtaskProgress;
    private Integer subtaskPercent;

    protected SubtaskRollUp() {
    }

    static SubtaskRollUp none() {
        SubtaskRollUp rollUp = new SubtaskRollUp();
        rollUp.subtaskIds = List.of();
        rollUp.subtaskProgress = Map.of();
        return rollUp;
    }

    List<String> ids() {
        return subtaskIds == null ? List.of() : Collections.unmodifiableList(subtaskIds);
    }

    Integer percent() {
        return subtaskPercent;
    }

    /** A new subtask counts as nothing done yet, until its own line says otherwise. */
    void added(String subtaskId, Integer weight) {
        if (!subtaskIds.contains(subtaskId)) {
            List<String> ids = new ArrayList<>(subtaskIds);
            ids.add(subtaskId);
            subtaskIds = List.copyOf(ids);
        }
        if (!subtaskProgress.containsKey(subtaskId)) {
            Map<String, SubtaskShare> shares = new LinkedHashMap<>(subtaskProgress);
            shares.put(subtaskId, SubtaskShare.added(weight));
            setShares(shares);
        }
    }

    /** False when the subtask had that percent already, or is not (yet) known as one of the parent's. */
    boolean progressed(String subtaskId, int percent) {
        SubtaskShare share = subtaskProgress.get(subtaskId);
        if (share == null || share.percent() == percent) {
            return false;
        }
        Map<String, SubtaskShare> shares = new LinkedHashMap<>(subtaskProgress);
        shares.put(subtaskId, share.at(percent));
        setShares(shares);
        return true;
    }

    // Weights that add up to nothing (all given as 0) count equally instead.
    private void setShares(Map<String, SubtaskShare> shares) {
        subtaskProgress = shares;
        if (shares.isEmpty()) {
            subtaskPercent = null;
            return;
        }
        long weights = shares.values().stream().mapToLong(SubtaskShare::weight).sum();
        long weighted = shares.values().stream().mapToLong(share -> (long) share.weight() * share.percent()).sum();
        subtaskPercent = weights > 0
                ? (int) Math.round((double) weighted / weights)
                : (int) Math.round(shares.values().stream().mapToInt(SubtaskShare::percent).average().orElse(0));
    }
}
