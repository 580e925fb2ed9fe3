package gov.supervision.query.api.audit;

/** The ledger-wide digest now, answered as {@link LedgerDigest}. */
public record CurrentDigestQuery() {
}
