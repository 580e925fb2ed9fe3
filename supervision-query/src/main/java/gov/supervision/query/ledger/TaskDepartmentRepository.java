package gov.supervision.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TaskDepartmentRepository extends JpaRepository<TaskDepartment, TaskDepartment.Key> {

    List<TaskDepartment> findByTaskId(String taskId);

    boolean existsByTaskIdAndDepartment(String taskId, String department);
}
