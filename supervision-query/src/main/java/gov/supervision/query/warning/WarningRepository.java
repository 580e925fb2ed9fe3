package gov.supervision.query.warning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WarningRepository extends JpaRepository<WarningEntry, String>, JpaSpecificationExecutor<WarningEntry> {
}
