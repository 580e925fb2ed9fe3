package gov.supervision.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface TaskEntryRepository extends JpaRepository<TaskEntry, String> {

    /** The lines of these tasks with their department rows, in one query. */
    @Query("select t from TaskEntry t left join fetch t.departmentRows where t.taskId in :taskIds")
    List<TaskEntry> findWithDepartmentRows(Collection<String> taskIds);
}
