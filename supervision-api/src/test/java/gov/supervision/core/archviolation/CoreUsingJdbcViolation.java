package gov.supervision.core.archviolation;

import org.springframework.jdbc.core.JdbcTemplate;

/** Deliberately misplaced, for ArchitectureTest only: the command side reading tables. */
public class CoreUsingJdbcViolation {

    JdbcTemplate jdbc;
}
