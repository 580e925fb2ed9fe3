package gov.supervision.query.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportTaskRepository extends JpaRepository<ReportTask, String> {
}
