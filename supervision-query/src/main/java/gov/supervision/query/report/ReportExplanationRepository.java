package gov.supervision.query.report;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReportExplanationRepository extends JpaRepository<ReportExplanation, ReportExplanation.Key> {

    List<ReportExplanation> findByYear(int year);
}
