package gov.supervision.query.notice;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store that already has notices keeps numbering where it stood: the upgrade that keeps the counters (V17) takes
 * the last position and each year's number of urging notices from the notices sent before it.
 */
class NoticeCountersMigrationTest {

    @Test
    void theUpgradeCarriesOnTheNumberingOfTheNoticesAlreadySent() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:notice-counters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        migrate(dataSource, "15");
        notice(jdbc, 1, "ASSIGNED", null);
        notice(jdbc, 2, "URGING_SENT", "督办〔2025〕1号");
        notice(jdbc, 3, "URGING_SENT", "督办〔2026〕1号");
        notice(jdbc, 4, "URGING_SENT", "督办〔2026〕2号");
        notice(jdbc, 7, "WARNING_ISSUED", null);

        migrate(dataSource, "17");

        assertThat(jdbc.queryForList("select counter, last_given from notice_counter order by counter"))
                .containsExactly(Map.of("COUNTER", "position", "LAST_GIVEN", 7L),
                        Map.of("COUNTER", "urging-2025", "LAST_GIVEN", 1L),
                        Map.of("COUNTER", "urging-2026", "LAST_GIVEN", 2L));
    }

    @Test
    void anEmptyStoreStartsWithoutCounters() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:notice-counters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(dataSource, "17");

        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from notice_counter", Long.class))
                .isZero();
    }

    private static void migrate(JdbcDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").target(version).load()
                .migrate();
    }

    private static void notice(JdbcTemplate jdbc, long position, String type, String documentNumber) {
        jdbc.update("insert into notice (notice_id, position, task_id, type, document_number, sent_at) "
                        + "values (?, ?, 'task', ?, ?, current_timestamp)",
                UUID.randomUUID().toString(), position, type, documentNumber);
    }
}
