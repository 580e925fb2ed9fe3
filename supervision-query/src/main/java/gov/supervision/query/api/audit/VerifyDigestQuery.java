package gov.supervision.query.api.audit;

/**
 * Recomputes, from the rows as stored today, the digest of everything up to the given digest's position,
 * and compares; answered as {@link DigestVerification}.
 */
public record VerifyDigestQuery(String root, long events, long position) {
}
