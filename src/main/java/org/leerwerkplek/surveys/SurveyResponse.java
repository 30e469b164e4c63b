package org.leerwerkplek.surveys;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.leerwerkplek.platform.DomainException;

/** One response to one stored instrument version, reached by the hash of its secret token. */
@Entity
@Table(name = "survey_response")
@NamedQuery(name = SurveyResponse.BY_TOKEN, query = "select r from SurveyResponse r where r.tokenHash = :hash")
@NamedQuery(name = SurveyResponse.OF_INSTRUMENT,
        query = "select r from SurveyResponse r where r.instrumentId = :instrument order by r.id")
@NamedQuery(name = SurveyResponse.COUNT_OF_INSTRUMENT,
        query = "select count(r) from SurveyResponse r where r.instrumentId = :instrument")
public class SurveyResponse {

    static final String BY_TOKEN = "SurveyResponse.byToken";
    static final String OF_INSTRUMENT = "SurveyResponse.ofInstrument";
    static final String COUNT_OF_INSTRUMENT = "SurveyResponse.countOfInstrument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "definition_id", nullable = false)
    private long snapshotId;

    @Column(name = "instrument_id", nullable = false, length = 64)
    private String instrumentId;

    @Column(nullable = false)
    private int version;

    @Column(name = "token_hash", length = 64, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResponseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResponseChannel channel;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "current_section", length = 64)
    private String currentSection;

    @Column(name = "entered_by", length = 64)
    private String enteredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "answers")
    private String answers = "";

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SurveyResponse() {
    }

    SurveyResponse(long snapshotId, String instrumentId, int version, String tokenHash, ResponseChannel channel,
                   String language, String firstSection, String enteredBy, Instant now) {
        this.snapshotId = snapshotId;
        this.instrumentId = Objects.requireNonNull(instrumentId);
        this.version = version;
        this.tokenHash = tokenHash;
        this.status = ResponseStatus.PARTIAL;
        this.channel = Objects.requireNonNull(channel);
        this.language = Objects.requireNonNull(language);
        this.currentSection = firstSection;
        this.enteredBy = enteredBy;
        this.createdAt = now;
        this.updatedAt = now;
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

    /** Records the first time the respondent opened the link. */
    void markOpened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
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
        return answers == null ? "" : answers;
    }

    void replaceAnswers(String document, Instant now) {
        requireOpen();
        this.answers = document;
        this.updatedAt = now;
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
}
