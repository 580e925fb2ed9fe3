package gov.supervision.query.escalation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EscalationTaskRepository extends JpaRepository<EscalationTask, String> {

    // A bulk delete of the tasks leaves their element collection behind; it goes first, by itself.
    @Modifying
    @Query(value = "DELETE FROM escalation_task_department", nativeQuery = true)
    void deleteAllAudiences();
}
