package gov.supervision.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskEntryRepository extends JpaRepository<TaskEntry, String> {
}
