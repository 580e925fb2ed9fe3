package gov.supervision.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilt read models equal the live ones, on PostgreSQL. */
@OnPostgres
class RebuildOnPostgresTest extends RebuildTest {

    /** Readers of a rebuilt ledger are planned on its new rows, not on what autovacuum would find a minute later. */
    @Test
    void aRebuiltLedgersTablesAreVacuumedAndAnalysedOnceItHasCaughtUp() {
        created(api.post("/api/v1/tasks", tokens.supervisor(), task("重建后统计", "重建市教育局")));

        rebuilt("ledger");

        List<String> refreshed = ApiClient.await(() -> jdbc.queryForList("select relname from pg_stat_user_tables "
                        + "where schemaname = current_schema() and last_vacuum is not null and last_analyze is not null",
                String.class), tables -> tables.containsAll(List.of("task", "task_department")));
        assertThat(refreshed).contains("task", "task_department");
    }
}
