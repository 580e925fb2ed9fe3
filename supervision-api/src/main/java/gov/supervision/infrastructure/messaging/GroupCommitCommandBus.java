package gov.supervision.infrastructure.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Commands that arrive together are stored together: one database transaction, one commit, for every command
 * waiting when the previous group was done (group commit). A commit, not a command's own work, bounds how many
 * commands a node stores per second (docs/benchmarks.md); in a group, the commit is shared.
 * <p>
 * A group is all or nothing. Each command runs in a unit of work of its own, nested in the group's, as Axon runs a
 * command a policy dispatches; its events are stored when the group commits, and only then is it answered. When any
 * command of a group fails, or the commit does, nothing of the group is kept and every one of its commands is run
 * again alone, in a transaction of its own, as if no group had been tried: each gets the answer it would have got
 * alone, and a failing command never takes another one down.
 * <p>
 * A group is one serial order of commands that were all waiting at the same time, so no caller saw any of them
 * answered before another one started. The policies a group's events trigger (a subtask's closure reaching its
 * parent) run when the group commits, after the group's commands, still in its transaction; since a command
 * decides only from its own aggregate, the result is that of running the commands alone in another order.
 * <p>
 * A command alone whose events the store refuses because their sequence numbers are taken (another node stored
 * events of its task since this node cached it, {@link AggregateCache}) is tried again on the task as stored.
 * <p>
 * Commands dispatched inside a unit of work or a transaction (a policy's, a deadline's, a request that stores its
 * idempotent answer with the command) are handled at once in the caller's thread and transaction, as before.
 */
final class GroupCommitCommandBus implements CommandBus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);
    /** How often a command alone is tried when the store refuses its events' sequence numbers as already taken. */
    private static final int ATTEMPTS = 3;

    private final CommandBus delegate;
    private final TransactionManager transactionManager;
    private final int maxGroupSize;
    private final DistributionSummary groupSizes;
    private final Counter groupsRunAlone;
    private final BlockingQueue<Pending<?, ?>> waiting = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean running = true;

    /** A command waiting for its group, and whom to answer. */
    private record Pending<C, R>(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {

        void handleAlone(CommandBus bus) {
            handleAlone(bus, 1);
        }

        /** Once more, up to {@link #ATTEMPTS} in all, when the task was a stale copy ({@link AggregateCache}). */
        private void handleAlone(CommandBus bus, int attempt) {
            bus.dispatch(command, (CommandMessage<? extends C> message, CommandResultMessage<? extends R> result) -> {
                if (attempt < ATTEMPTS && result.isExceptional()
                        && ExceptionUtils.findException(result.exceptionResult(), ConcurrencyException.class).isPresent()) {
                    handleAlone(bus, attempt + 1);
                } else {
                    callback.onResult(message, result);
                }
            });
        }

        void answer(CommandResultMessage<?> result) {
            @SuppressWarnings("unchecked")
            CommandResultMessage<? extends R> typed = (CommandResultMessage<? extends R>) result;
            callback.onResult(command, typed);
        }
    }

    GroupCommitCommandBus(CommandBus delegate, TransactionManager transactionManager, int maxGroupSize,
                          MeterRegistry meters) {
        this.delegate = delegate;
        this.transactionManager = transactionManager;
        this.maxGroupSize = maxGroupSize;
        this.groupSizes = DistributionSummary.builder("supervision.commands.group.size")
                .description("Commands stored together in one transaction").register(meters);
        this.groupsRunAlone = Counter.builder("supervision.commands.group.run.alone")
                .description("Groups rolled back because one of their commands or their commit failed, then run alone")
                .register(meters);
        this.worker = new Thread(this::work, "command-groups");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command,
                                CommandCallback<? super C, ? super R> callback) {
        if (!running || CurrentUnitOfWork.isStarted() || TransactionSynchronizationManager.isActualTransactionActive()) {
            delegate.dispatch(command, callback);
        } else {
            waiting.add(new Pending<>(command, callback));
        }
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, (message, result) -> {
        });
    }

    private void work() {
        List<Pending<?, ?>> group = new ArrayList<>(maxGroupSize);
        while (running || !waiting.isEmpty()) {
            try {
                Pending<?, ?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, maxGroupSize - 1);
                handle(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("A group of {} commands could not be handled", group.size(), e);
                group.forEach(pending -> pending.answer(GenericCommandResultMessage.asCommandResultMessage(e)));
            } finally {
                group.clear();
            }
        }
    }

    private void handle(List<Pending<?, ?>> group) {
        groupSizes.record(group.size());
        if (group.size() == 1) {
            group.get(0).handleAlone(delegate);
        } else if (!handledTogether(group)) {
            groupsRunAlone.increment();
            group.forEach(pending -> pending.handleAlone(delegate));
        }
    }

    /** Runs the group in one transaction; true when it committed and every command was answered. */
    private boolean handledTogether(List<Pending<?, ?>> group) {
        List<CommandResultMessage<?>> results = new ArrayList<>(group.size());
        UnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(group.get(0).command());
        try {
            unitOfWork.attachTransaction(transactionManager);
            for (Pending<?, ?> pending : group) {
                delegate.dispatch(pending.command(), collectInto(results));
                if (results.get(results.size() - 1).isExceptional()) {
                    unitOfWork.rollback(results.get(results.size() - 1).exceptionResult());
                    return false;
                }
            }
            unitOfWork.commit();
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            log.debug("A group of {} commands failed to commit; each runs alone", group.size(), e);
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer(results.get(i));
        }
        return true;
    }

    private static <C, R> CommandCallback<C, R> collectInto(List<CommandResultMessage<?>> results) {
        return (command, result) -> results.add(result);
    }

    /** Stops taking commands into groups; those already waiting are still handled, alone once the worker ended. */
    @Override
    public void destroy() {
        running = false;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending<?, ?> late = waiting.poll(); late != null; late = waiting.poll()) {
            late.handleAlone(delegate);
        }
    }

    @Override
    public Registration subscribe(String commandName,
                                  MessageHandler<? super CommandMessage<?>> handler) {
        return delegate.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super CommandMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }
}
