package gov.supervision.query.report;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReportTaskRepository extends JpaRepository<ReportTask, String> {

    List<ReportTask> findByAssignedYearAndClosedAtIsNull(int assignedYear);
}
