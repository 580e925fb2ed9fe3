package gov.supervision.query.audit;

import gov.supervision.query.api.audit.ChainVerification;
import gov.supervision.query.api.audit.CurrentDigestQuery;
import gov.supervision.query.api.audit.DigestVerification;
import gov.supervision.query.api.audit.LedgerDigest;
import gov.supervision.query.api.audit.VerifyDigestQuery;
import gov.supervision.query.api.audit.VerifyTaskChainQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The auditor's checks, recomputed from the event table as stored. A digest covers every aggregate in the
 * store, inspections as well as tasks: an inspection's events are evidence too.
 */
@Component
class AuditQueries {

    private final EventTable table;
    private final Clock clock;

    AuditQueries(EventTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /**
     * A task without any event answers 0 events, valid, no head hash: nothing to contradict. The web layer
     * tells it apart by its 0 events and answers 404.
     */
    @QueryHandler
    ChainVerification handle(VerifyTaskChainQuery query) {
        ChainWalk walk = new ChainWalk(query.taskId());
        table.readAggregate(query.taskId(), walk::accept);
        return walk.verification();
    }

    /** Up to the store's current position; an empty store has position -1 and the root of no leaves. */
    @QueryHandler
    LedgerDigest handle(CurrentDigestQuery query) {
        long position = table.position();
        LedgerDigester digester = digestUpTo(position);
        return new LedgerDigest(digester.root(), digester.aggregates(), digester.events(), position, clock.instant());
    }

    /**
     * Events appended after the digest's position do not count; a task's lost tail changes the root with every
     * chain still valid, a changed row breaks its task's chain as well.
     */
    @QueryHandler
    DigestVerification handle(VerifyDigestQuery query) {
        LedgerDigester digester = digestUpTo(query.position());
        String root = digester.root();
        boolean valid = root.equalsIgnoreCase(query.root()) && digester.events() == query.events();
        return new DigestVerification(valid, query.root(), root, query.events(), digester.events(), query.position(),
                digester.brokenChains());
    }

    private LedgerDigester digestUpTo(long position) {
        LedgerDigester digester = new LedgerDigester();
        table.readUpTo(position, digester::accept);
        return digester.finish();
    }
}
