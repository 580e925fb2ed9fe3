package gov.supervision.query.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationTaskRepository extends JpaRepository<EscalationTask, String> {
}
