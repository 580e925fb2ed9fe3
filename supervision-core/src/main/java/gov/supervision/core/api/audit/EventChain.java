package gov.supervision.core.api.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of a task's events (docs/audit.md gives the exact form): every event stores in its
 * metadata {@code hash = SHA-256(previousHash || canonical bytes)}, and the first event of a task chains
 * from {@link #GENESIS}. Whoever holds the rows can recompute it; nobody can change, drop or reorder an
 * event without breaking it.
 */
public final class EventChain {

    /** Metadata key of an event's own hash. */
    public static final String HASH = "hash";
    /** Metadata key of the hash the event chains from. */
    public static final String PREVIOUS_HASH = "previousHash";
    /** What the first event of every task chains from. */
    public static final String GENESIS = "0".repeat(64);

    private EventChain() {
    }

    /**
     * One stored event as the chain sees it: every value exactly as the event store keeps it ({@code timestamp}
     * as its stored ISO-8601 text, {@code payload} as its stored bytes); null text counts as empty.
     */
    public record CanonicalEvent(
            String aggregateId,
            long sequence,
            String payloadType,
            String payloadRevision,
            String timestamp,
            String actorId,
            String actorName,
            String actorRoles,
            String actorDepartment,
            byte[] payload) {

        /**
         * The canonical bytes: the sequence as 8 bytes big-endian, then each text field in the order of this
         * record as a 4-byte big-endian length and its UTF-8 bytes, then the payload's length and bytes.
         */
        public byte[] canonicalBytes() {
            byte[][] texts = {utf8(aggregateId), utf8(payloadType), utf8(payloadRevision), utf8(timestamp),
                    utf8(actorId), utf8(actorName), utf8(actorRoles), utf8(actorDepartment)};
            int size = Long.BYTES + Integer.BYTES + payload.length;
            for (byte[] text : texts) {
                size += Integer.BYTES + text.length;
            }
            ByteBuffer buffer = ByteBuffer.allocate(size);
            buffer.putLong(sequence);
            for (byte[] text : texts) {
                buffer.putInt(text.length).put(text);
            }
            buffer.putInt(payload.length).put(payload);
            return buffer.array();
        }

        private static byte[] utf8(String text) {
            return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code SHA-256(UTF-8(previousHash) || canonical bytes)}, as 64 lowercase hex digits. */
    public static String hash(String previousHash, CanonicalEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
        sha256.update(event.canonicalBytes());
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** SHA-256 of the given parts one after another, as 64 lowercase hex digits (Merkle nodes and leaves). */
    public static String sha256Hex(String... parts) {
        MessageDigest sha256 = sha256();
        for (String part : parts) {
            sha256.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
