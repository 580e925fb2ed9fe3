package gov.supervision.web.archviolation;

import org.springframework.jdbc.core.JdbcTemplate;

/** Deliberately wrong, for ArchitectureTest only (no Spring stereotype, never a bean): a controller reading tables. */
public class JdbcReadingController {

    JdbcTemplate jdbc;
}
