package org.leerwerkplek.surveys;

import java.time.Instant;
import java.util.Objects;
import org.leerwerkplek.platform.DomainException;

/**
 * One response to one stored instrument version, reached by the hash of its secret token. A row
 * of {@code survey_response}, read and written by {@link ResponseStore} only; it guards its own
 * state (a submitted or closed response takes no more answers).
 */
public class SurveyResponse {

    private Long id;
    private final long snapshotId;
    private final String instrumentId;
    private final int version;
    private final String tokenHash;
    private ResponseStatus status;
    private final ResponseChannel channel;
    private final String language;
    private String currentSection;
    private final String enteredBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant openedAt;
    private final Instant closesAt;
    private String answers;
    private long rowVersion;

    /** A new response, not stored yet. */
    SurveyResponse(long snapshotId, String instrumentId, int version, String tokenHash, ResponseChannel channel,
                   String language, String firstSection, String enteredBy, Instant now) {
        this(null, snapshotId, instrumentId, version, tokenHash, ResponseStatus.PARTIAL, channel, language,
                firstSection, enteredBy, now, now, null, null, null, "", 1);
    }

    /** A response as it is stored. */
    SurveyResponse(Long id, long snapshotId, String instrumentId, int version, String tokenHash, ResponseStatus status,
                   ResponseChannel channel, String language, String currentSection, String enteredBy,
                   Instant createdAt, Instant updatedAt, Instant submittedAt, Instant openedAt, Instant closesAt,
                   String answers, long rowVersion) {
        this.id = id;
        this.snapshotId = snapshotId;
        this.instrumentId = Objects.requireNonNull(instrumentId);
        this.version = version;
        this.tokenHash = tokenHash;
        this.status = Objects.requireNonNull(status);
        this.channel = Objects.requireNonNull(channel);
        this.language = Objects.requireNonNull(language);
        this.currentSection = currentSection;
        this.enteredBy = enteredBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.submittedAt = submittedAt;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
        this.answers = answers == null ? "" : answers;
        this.rowVersion = rowVersion;
    }

    /** A response of {@code channel} stored as submitted at once (an import, generated demo data), without a link. */
    static SurveyResponse submitted(long snapshotId, String instrumentId, int version, ResponseChannel channel,
                                    String language, String enteredBy, String answers, Instant now) {
        return new SurveyResponse(null, snapshotId, instrumentId, version, null, ResponseStatus.SUBMITTED, channel,
                language, null, enteredBy, now, now, now, null, null, answers, 1);
    }

    /** A personal-link response that takes answers until {@code closesAt}. */
    static SurveyResponse link(long snapshotId, String instrumentId, int version, String tokenHash, String language,
                               String firstSection, Instant closesAt, Instant now) {
        return new SurveyResponse(null, snapshotId, instrumentId, version, tokenHash, ResponseStatus.PARTIAL,
                ResponseChannel.LINK, language, firstSection, null, now, now, null, null, closesAt, "", 1);
    }

    /** Refuses any change once submitted: a submitted response is locked. */
    void requireOpen() {
        if (status == ResponseStatus.SUBMITTED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "respond.alreadySubmitted");
        }
    }

    /** Whether the response stopped taking answers at its closing time (a fieldwork wave's closing date). */
    boolean isClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt) && status != ResponseStatus.SUBMITTED;
    }

    /** Refuses any change after the closing time. */
    void requireNotClosed(Instant now) {
        if (isClosed(now)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "fieldwork.closed");
        }
    }

    /** Records the first time the respondent opened the link; whether this was that first time. */
    boolean markOpened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
            return true;
        }
        return false;
    }

    void moveTo(String section, Instant now) {
        requireOpen();
        this.currentSection = section;
        this.updatedAt = now;
    }

    void submit(Instant now) {
        requireOpen();
        this.status = ResponseStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The stored answers, in the form of {@link AnswerDocument}. */
    String getAnswers() {
        return answers;
    }

    void replaceAnswers(String document, Instant now) {
        requireOpen();
        this.answers = document;
        this.updatedAt = now;
    }

    /** The store gave the new response its id. */
    void stored(long newId) {
        this.id = newId;
    }

    /** The store wrote the response's changes: its row moved to the next version. */
    void written() {
        rowVersion++;
    }

    public Long getId() {
        return id;
    }

    public long getSnapshotId() {
        return snapshotId;
    }

    public String getInstrumentId() {
        return instrumentId;
    }

    public int getVersion() {
        return version;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public ResponseChannel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getCurrentSection() {
        return currentSection;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    long getRowVersion() {
        return rowVersion;
    }
}
