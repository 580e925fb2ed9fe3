package gov.supervision.query.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFactRepository extends JpaRepository<ReportFact, ReportFact.Key> {
}
