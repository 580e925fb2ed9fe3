package gov.supervision.query.escalation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EscalationRepository
        extends JpaRepository<EscalationEntry, String>, JpaSpecificationExecutor<EscalationEntry> {
}
