package org.leerwerkplek.platform.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the trail: each row's hash is the SHA-256 of the previous row's hash and of
 * every column of the row, each column written with its length so that no two different rows
 * give the same text. Verifying walks the rows in order and names the first row that was changed,
 * and every gap where rows were removed.
 */
public final class AuditChain {

    /** What verification found wrong, at which position of the chain. */
    public record Problem(Kind kind, long seq) implements Serializable {

        public enum Kind {
            /** The row's content no longer gives its hash: it was changed. */
            CHANGED,
            /** The row does not continue the row before it: rows before it were removed or changed. */
            BROKEN_LINK,
            /** Rows with these positions are missing. */
            MISSING,
            /** The chain ends before the last row the head recorded: the last rows were removed. */
            TRUNCATED,
            /** The chain starts later than its first row, and no retention run of the trail says why. */
            UNEXPLAINED_START
        }
    }

    /** The outcome of a verification: how many rows were read and what was wrong (empty: intact). */
    public record Check(long rowsChecked, long lastSeq, List<Problem> problems) implements Serializable {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private static final int MAX_PROBLEMS = 100;

    private long expectedSeq;
    private String previousHash;
    private long rows;
    private final List<Problem> problems = new ArrayList<>();

    /** A check of the whole chain, from its first row. */
    public AuditChain() {
        this(1, AuditEvent.GENESIS);
    }

    /** A check of a chain that starts at {@code firstSeq}, linked to {@code firstPrevHash} (older rows removed by retention). */
    public AuditChain(long firstSeq, String firstPrevHash) {
        this.expectedSeq = firstSeq;
        this.previousHash = firstPrevHash;
    }

    /** Takes the next row in order of {@code seq}. */
    public void accept(AuditEvent event) {
        rows++;
        if (event.seq() != expectedSeq) {
            report(Problem.Kind.MISSING, expectedSeq);
        } else if (!event.prevHash().equals(previousHash)) {
            report(Problem.Kind.BROKEN_LINK, event.seq());
        }
        if (!hash(event).equals(event.hash())) {
            report(Problem.Kind.CHANGED, event.seq());
        }
        expectedSeq = event.seq() + 1;
        previousHash = event.hash();
    }

    /** Reports that the chain's start at {@code firstSeq} is not explained by a recorded retention run. */
    void unexplainedStart(long firstSeq) {
        report(Problem.Kind.UNEXPLAINED_START, firstSeq);
    }

    /** The outcome, given the last position and hash the head holds. */
    public Check finish(long headSeq, String headHash) {
        if (expectedSeq - 1 < headSeq) {
            report(Problem.Kind.TRUNCATED, expectedSeq);
        } else if (expectedSeq - 1 == headSeq && !previousHash.equals(headHash)) {
            report(Problem.Kind.CHANGED, headSeq);
        }
        return new Check(rows, expectedSeq - 1, List.copyOf(problems));
    }

    private void report(Problem.Kind kind, long seq) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(kind, seq));
        }
    }

    /** The hash a row must carry. */
    public static String hash(AuditEvent event) {
        return hash(event.prevHash(), event.seq(), event.occurredAt(), event.actorKind(), event.actorRef(),
                event.action(), event.objectKind(), event.objectId(), event.changes());
    }

    static String hash(String prevHash, long seq, Instant occurredAt, String actorKind, String actorRef,
                       String action, String objectKind, String objectId, String changes) {
        StringBuilder text = new StringBuilder(prevHash).append('|').append(seq).append('|')
                .append(occurredAt.toEpochMilli());
        for (String column : new String[] {actorKind, actorRef, action, objectKind, objectId, changes}) {
            text.append('|');
            if (column == null) {
                text.append('~');
            } else {
                text.append(column.length()).append(':').append(column);
            }
        }
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
