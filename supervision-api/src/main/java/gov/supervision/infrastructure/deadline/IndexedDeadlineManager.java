package gov.supervision.infrastructure.deadline;

import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Keeps an index of the deadlines each task has scheduled, so that cancelling a task's deadlines of a name
 * cancels exactly those. Axon's db-scheduler deadline manager answers {@code cancelAllWithinScope} by reading
 * and deserializing every pending deadline of every task, which made each completion and closure slower as
 * deadlines piled up (docs/benchmarks.md). The index rows are written in the command's transaction.
 */
class IndexedDeadlineManager implements DeadlineManager {

    private final DeadlineManager delegate;
    private final JdbcTemplate jdbc;

    IndexedDeadlineManager(DeadlineManager delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        String scheduleId = delegate.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        // A new task knows its own id only once its creating command is done: index it as the command commits.
        Runnable index = () -> {
            String scope = scopeKey(deadlineScope);
            if (scope != null) {
                jdbc.update("insert into deadline_schedule (scope_key, deadline_name, schedule_id) values (?, ?, ?)",
                        scope, deadlineName, scheduleId);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> index.run());
        } else {
            index.run();
        }
        return scheduleId;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        delegate.cancelSchedule(deadlineName, scheduleId);
        jdbc.update("delete from deadline_schedule where deadline_name = ? and schedule_id = ?", deadlineName,
                scheduleId);
    }

    @Override
    public void cancelAll(String deadlineName) {
        delegate.cancelAll(deadlineName);
        jdbc.update("delete from deadline_schedule where deadline_name = ?", deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        String key = scopeKey(scope);
        if (key == null) {
            delegate.cancelAllWithinScope(deadlineName, scope);
            return;
        }
        List<String> scheduleIds = jdbc.queryForList(
                "select schedule_id from deadline_schedule where scope_key = ? and deadline_name = ?",
                String.class, key, deadlineName);
        // A deadline that already fired is no longer scheduled: cancelling it is a no-op.
        scheduleIds.forEach(scheduleId -> delegate.cancelSchedule(deadlineName, scheduleId));
        jdbc.update("delete from deadline_schedule where scope_key = ? and deadline_name = ?", key, deadlineName);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    private static String scopeKey(ScopeDescriptor scope) {
        if (scope instanceof AggregateScopeDescriptor aggregate) {
            return aggregate.getType() + ":" + aggregate.getIdentifier();
        }
        return null;
    }
}
