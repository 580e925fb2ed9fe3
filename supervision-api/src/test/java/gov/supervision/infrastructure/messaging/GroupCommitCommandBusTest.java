package gov.supervision.infrastructure.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group commit on a real transaction manager and database: a command's row stands for its events. The worker is
 * held inside a first command so that the next ones wait together and form one group.
 */
class GroupCommitCommandBusTest {

    private final AtomicInteger commits = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** Rows committed, as another connection sees them when each command is answered. */
    private final Map<String, Integer> rowsSeenWhenAnswered = new ConcurrentHashMap<>();
    private JdbcTemplate jdbc;
    private SpringTransactionManager transactionManager;
    private GroupCommitCommandBus bus;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:group-commit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table stored_command (name varchar(40) primary key)");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                super.doCommit(status);
                commits.incrementAndGet();
            }
        };
        transactionManager = new SpringTransactionManager(transactions);
        SimpleCommandBus simple = SimpleCommandBus.builder().transactionManager(transactionManager).build();
        simple.subscribe(String.class.getName(), command -> {
            String name = (String) command.getPayload();
            jdbc.update("insert into stored_command (name) values (?)", name);
            if (name.equals("hold")) {
                holding.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            if (name.startsWith("refused")) {
                throw new IllegalStateException(name + " is refused");
            }
            return name.toUpperCase();
        });
        bus = new GroupCommitCommandBus(simple, transactionManager, 64, meters);
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        bus.destroy();
    }

    @Test
    void commandsWaitingTogetherAreStoredInOneCommitAndAnsweredOnlyOnceItIsDone() throws Exception {
        FutureCallback<String, String> held = hold();
        List<FutureCallback<String, String>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(send("c" + i));
        }
        assertThat(waiting).noneMatch(FutureCallback::isDone);

        release.countDown();

        assertThat(held.getResult(10, TimeUnit.SECONDS).getPayload()).isEqualTo("HOLD");
        for (int i = 0; i < 5; i++) {
            assertThat(waiting.get(i).getResult(10, TimeUnit.SECONDS).getPayload()).isEqualTo("C" + i);
            assertThat(rowsSeenWhenAnswered.get("c" + i)).as("answered after its commit").isEqualTo(6);
        }
        assertThat(commits).as("one commit for the held command, one for the five that waited").hasValue(2);
        DistributionSummary groups = meters.get("supervision.commands.group.size").summary();
        assertThat(groups.count()).isEqualTo(2);
        assertThat(groups.max()).isEqualTo(5);
    }

    @Test
    void aRefusedCommandInAGroupIsRefusedAloneAndTheOthersAreStoredOnce() throws Exception {
        FutureCallback<String, String> held = hold();
        FutureCallback<String, String> first = send("first");
        FutureCallback<String, String> refused = send("refused-one");
        FutureCallback<String, String> last = send("last");

        release.countDown();

        held.getResult(10, TimeUnit.SECONDS);
        assertThat(first.getResult(10, TimeUnit.SECONDS).getPayload()).isEqualTo("FIRST");
        CommandResultMessage<? extends String> refusal = refused.getResult(10, TimeUnit.SECONDS);
        assertThat(refusal.isExceptional()).isTrue();
        assertThat(refusal.exceptionResult()).hasMessage("refused-one is refused");
        assertThat(last.getResult(10, TimeUnit.SECONDS).getPayload()).isEqualTo("LAST");
        assertThat(jdbc.queryForList("select name from stored_command order by name", String.class))
                .containsExactly("first", "hold", "last");
        assertThat(commits).as("the group rolled back, then each of its commands alone").hasValue(3);
        assertThat(meters.get("supervision.commands.group.run.alone").counter().count()).isEqualTo(1);
    }

    @Test
    void aCommandSentInsideAUnitOfWorkRunsAtOnceInTheCallersTransaction() throws Exception {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        FutureCallback<String, String> inside;
        try {
            inside = send("inside");
            assertThat(inside.isDone()).as("handled in the caller's thread").isTrue();
        } finally {
            unitOfWork.rollback();
        }
        assertThat(inside.getResult(1, TimeUnit.SECONDS).getPayload()).isEqualTo("INSIDE");
        assertThat(jdbc.queryForObject("select count(*) from stored_command", Integer.class)).isZero();
    }

    private FutureCallback<String, String> hold() throws InterruptedException {
        FutureCallback<String, String> held = send("hold");
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private FutureCallback<String, String> send(String name) {
        FutureCallback<String, String> answer = new FutureCallback<>() {
            @Override
            public void onResult(org.axonframework.commandhandling.CommandMessage<? extends String> command,
                                 CommandResultMessage<? extends String> result) {
                rowsSeenWhenAnswered.put(name, jdbc.queryForObject("select count(*) from stored_command", Integer.class));
                super.onResult(command, result);
            }
        };
        bus.dispatch(GenericCommandMessage.asCommandMessage(name), answer);
        return answer;
    }
}
