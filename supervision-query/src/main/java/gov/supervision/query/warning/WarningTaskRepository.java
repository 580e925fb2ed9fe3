package gov.supervision.query.warning;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarningTaskRepository extends JpaRepository<WarningTask, String> {
}
