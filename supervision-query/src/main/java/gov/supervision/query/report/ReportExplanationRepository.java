package gov.supervision.query.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportExplanationRepository extends JpaRepository<ReportExplanation, ReportExplanation.Key> {
}
