package gov.supervision.web.archviolation;

import gov.supervision.infrastructure.persistence.ByteaEnforcedPostgresSQLDialect;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.hibernate.Session;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliberately misplaced, for ArchitectureTest only: a web class with every kind of storage at hand. (The event
 * store's and the deadlines' infrastructure packages have no public class to name here.)
 */
public class WebTouchingStorageViolation {

    ByteaEnforcedPostgresSQLDialect dialect;
    JdbcTemplate jdbc;
    EntityManager entities;
    Session session;
    EventStorageEngine engine;
    JpaDeadLetter<?> letter;
}
