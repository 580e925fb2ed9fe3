package gov.supervision.query.warning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WarningTaskRepository extends JpaRepository<WarningTask, String> {

    // A bulk delete of the tasks leaves their element collection behind; it goes first, by itself.
    @Modifying
    @Query(value = "DELETE FROM warning_task_department", nativeQuery = true)
    void deleteAllAudiences();
}
