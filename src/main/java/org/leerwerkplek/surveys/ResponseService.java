package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.validation.AnswerValidator;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * Responses: started for a respondent, saved page by page (each save is committed before the
 * respondent is told it was saved), resumed from the secret link, and locked by submitting.
 */
@ApplicationScoped
@Transactional
public class ResponseService {

    /** Which way the respondent moves after saving a page. */
    public enum Move { STAY, NEXT, BACK }

    /** A new response and the secret token of its link (shown once, only its hash is kept). */
    public record Started(long responseId, String token) {
    }

    /** A response as the answering page needs it. */
    public record Opened(long responseId, long snapshotId, Instrument instrument, ResponseStatus status, Language language,
                         String currentSection, Answers answers, boolean closed) {
    }

    /**
     * The outcome of saving a page: what is wrong (nothing moved then), where the respondent is
     * now, and the answers as stored (those that relevance keeps), so a page can show them
     * without opening the response again.
     */
    public record Saved(List<Violation> violations, String currentSection, Answers answers) {
    }

    /** One response in a list, without answers or token. */
    public record Summary(long id, int version, long snapshotId, ResponseStatus status, ResponseChannel channel,
                          String language, String enteredBy, String currentSection, Instant createdAt,
                          Instant updatedAt, Instant submittedAt) {
    }

    /** A page of a list, with the total number of items. */
    public record Page<T>(List<T> items, long total, int page, int size) {
    }

    /** Responses read in one query by {@link #readEntries}. */
    static final int ENTRIES_AT_ONCE = 1000;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ResponseService.class.getName());

    private ResponseStore store;
    private Instruments catalog;
    private Clock clock;
    private Iterable<LinkStarter> starters = List.of();
    private LinkResponseService linkResponses;

    /** For the CDI proxy only. */
    protected ResponseService() {
    }

    /** Without parts that hand out links before their responses exist. */
    public ResponseService(ResponseStore store, Instruments catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @param starters      the parts that hand out links whose responses start when first opened
     * @param linkResponses starts such a response in a transaction of its own
     */
    @Inject
    public ResponseService(ResponseStore store, Instruments catalog, Clock clock,
                           jakarta.enterprise.inject.Instance<LinkStarter> starters, LinkResponseService linkResponses) {
        this(store, catalog, clock);
        this.starters = starters;
        this.linkResponses = linkResponses;
    }

    /** Starts a response on the instrument version in service. */
    public Started start(String instrumentId, Language language, ResponseChannel channel, String enteredBy) {
        SurveyCatalog.ActiveInstrument active = catalog.instrument(instrumentId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrumentId));
        Instrument instrument = active.instrument();
        Language chosen = instrument.languages().contains(language) ? language : Language.NL;
        String token = SecretToken.generate();
        SurveyResponse response = new SurveyResponse(active.snapshotId(), instrument.id(), instrument.version(),
                SecretToken.hash(token), channel, chosen.code(), instrument.sections().get(0).id(), enteredBy,
                clock.instant());
        return new Started(store.insert(response), token);
    }

    /** The responses to an instrument, oldest first, {@code size} per page (page 0 first). */
    public Page<Summary> list(String instrumentId, int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new DomainException(DomainException.Kind.INVALID, "api.paging", 1000);
        }
        long total = store.count(instrumentId);
        List<Summary> items = store.page(instrumentId, (long) page * size, size).stream()
                .map(r -> new Summary(r.getId(), r.getVersion(), r.getSnapshotId(), r.getStatus(), r.getChannel(),
                        r.getLanguage(), r.getEnteredBy(), r.getCurrentSection(), r.getCreatedAt(), r.getUpdatedAt(),
                        r.getSubmittedAt()))
                .toList();
        return new Page<>(items, total, page, size);
    }

    /** The response behind a link; empty for an unknown or malformed token (no hint which). */
    public Optional<Opened> open(String token) {
        return find(token).map(response -> {
            Instant now = clock.instant();
            if (response.markOpened(now)) {
                store.markOpened(response.getId(), now);
            }
            return opened(response);
        });
    }

    /**
     * Saves the answers of one page and moves on when they are valid. Answers of questions that
     * the page does not show (hidden by relevance) are not kept.
     */
    public Saved save(String token, String sectionId, Map<String, AnswerValue> pageAnswers, Move move) {
        return save(find(token).orElseThrow(ResponseService::unknownLink), sectionId, pageAnswers, move, Optional.empty());
    }

    /** As {@link #save(String, String, Map, Move)}, with the messages in {@code messages} (the page's language). */
    public Saved save(String token, String sectionId, Map<String, AnswerValue> pageAnswers, Move move, Language messages) {
        return save(find(token).orElseThrow(ResponseService::unknownLink), sectionId, pageAnswers, move,
                Optional.of(messages));
    }

    /**
     * A response entered by staff on behalf of another part (the advisor's fiche of a company
     * visit), reached by its id. The calling part's service decides who may reach it.
     */
    public Optional<Opened> openEntry(long responseId) {
        return store.find(responseId).map(this::opened);
    }

    /**
     * What {@code reading} makes of the answers to {@code questions} of many responses entered on
     * behalf of another part, those answers as {@link #openEntry(long)} gives them (the others are
     * not decoded): by response id, ids that do not exist left out. The responses are read
     * {@value #ENTRIES_AT_ONCE} at a time (one query each, instead of one per response), and only what
     * {@code reading} returns is kept.
     */
    public <R> Map<Long, R> readEntries(Collection<Long> responseIds, Set<String> questions, Function<Answers, R> reading) {
        Map<Long, R> read = new HashMap<>();
        List<Long> ids = List.copyOf(new TreeSet<>(responseIds));
        for (int from = 0; from < ids.size(); from += ENTRIES_AT_ONCE) {
            for (SurveyResponse response : store.findAll(ids.subList(from, Math.min(ids.size(), from + ENTRIES_AT_ONCE)))) {
                Instrument instrument = instrumentOf(response);
                read.put(response.getId(), reading.apply(Answers.of(AnswerDocument.decode(response.getAnswers(),
                        code -> questions.contains(code) ? instrument.question(code).map(Question::type) : Optional.empty(),
                        questions))));
            }
        }
        return read;
    }

    /** As {@link #save(String, String, Map, Move)} for a response reached by its id ({@link #openEntry(long)}). */
    public Saved saveEntry(long responseId, String sectionId, Map<String, AnswerValue> pageAnswers, Move move) {
        return save(entry(responseId), sectionId, pageAnswers, move, Optional.empty());
    }

    /** As {@link #saveEntry(long, String, Map, Move)}, with the messages in {@code messages} (the page's language). */
    public Saved saveEntry(long responseId, String sectionId, Map<String, AnswerValue> pageAnswers, Move move,
                           Language messages) {
        return save(entry(responseId), sectionId, pageAnswers, move, Optional.of(messages));
    }

    /** As {@link #submit(String)} for a response reached by its id ({@link #openEntry(long)}). */
    public List<Violation> submitEntry(long responseId) {
        return submit(entry(responseId), Optional.empty());
    }

    /** As {@link #submitEntry(long)}, with the messages in {@code messages} (the page's language). */
    public List<Violation> submitEntry(long responseId, Language messages) {
        return submit(entry(responseId), Optional.of(messages));
    }

    private SurveyResponse entry(long responseId) {
        return store.find(responseId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "respond.unknownLink"));
    }

    private Saved save(SurveyResponse response, String sectionId, Map<String, AnswerValue> pageAnswers, Move move,
                       Optional<Language> messages) {
        response.requireOpen();
        response.requireNotClosed(clock.instant());
        Instrument instrument = instrumentOf(response);
        Section section = instrument.section(sectionId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "respond.unknownPage", sectionId));
        Map<String, AnswerValue> merged = new LinkedHashMap<>(storedAnswers(response, instrument));
        List<String> codes = section.questions().stream().map(Question::code).toList();
        codes.forEach(merged::remove);
        pageAnswers.forEach((code, value) -> {
            if (codes.contains(code) && !value.isEmpty()) {
                merged.put(code, value);
            }
        });
        Relevance relevance = Relevance.of(instrument, Answers.of(merged));
        Map<String, AnswerValue> kept = kept(instrument, relevance.answers());
        response.replaceAnswers(AnswerDocument.encode(kept), clock.instant());
        Language language = messages.orElseGet(() -> Language.fromCode(response.getLanguage()).orElse(Language.NL));
        List<Violation> violations = new AnswerValidator(clock).validateSection(instrument, sectionId,
                relevance.answers(), language);
        String target = sectionId;
        if (move == Move.BACK) {
            target = neighbour(instrument, relevance, sectionId, -1).orElse(sectionId);
        } else if (move == Move.NEXT && violations.isEmpty()) {
            target = neighbour(instrument, relevance, sectionId, 1).orElse(sectionId);
        }
        response.moveTo(target, clock.instant());
        store.update(response);
        return new Saved(move == Move.BACK ? List.of() : violations, target, Answers.of(kept));
    }

    /** Submits when every shown question is valid; otherwise returns what is wrong and changes nothing. */
    public List<Violation> submit(String token) {
        return submit(find(token).orElseThrow(ResponseService::unknownLink), Optional.empty());
    }

    /** As {@link #submit(String)}, with the messages in {@code messages} (the page's language). */
    public List<Violation> submit(String token, Language messages) {
        return submit(find(token).orElseThrow(ResponseService::unknownLink), Optional.of(messages));
    }

    private List<Violation> submit(SurveyResponse response, Optional<Language> messages) {
        response.requireOpen();
        response.requireNotClosed(clock.instant());
        Instrument instrument = instrumentOf(response);
        Relevance relevance = Relevance.of(instrument, Answers.of(storedAnswers(response, instrument)));
        Language language = messages.orElseGet(() -> Language.fromCode(response.getLanguage()).orElse(Language.NL));
        List<Violation> violations = new AnswerValidator(clock).validate(instrument, relevance.answers(), language);
        if (violations.isEmpty()) {
            response.submit(clock.instant());
            store.update(response);
        }
        return violations;
    }

    /** The nearest shown section before ({@code step} -1) or after (+1) {@code sectionId}. */
    public static Optional<String> neighbour(Instrument instrument, Relevance relevance, String sectionId, int step) {
        List<Section> sections = instrument.sections();
        int index = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                index = i;
            }
        }
        for (int i = index + step; i >= 0 && i < sections.size(); i += step) {
            if (relevance.isSectionShown(sections.get(i).id())) {
                return Optional.of(sections.get(i).id());
            }
        }
        return Optional.empty();
    }

    private Optional<SurveyResponse> find(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        String hash = SecretToken.hash(token);
        Optional<SurveyResponse> found = store.findByTokenHash(hash);
        if (found.isPresent()) {
            return found;
        }
        for (LinkStarter starter : starters) {
            Optional<LinkStarter.PendingLink> pending = starter.pendingLink(token);
            if (pending.isPresent()) {
                try {
                    linkResponses.startPending(token, pending.get(), starter);
                } catch (RuntimeException e) {
                    // Opened twice at the same moment: the other opening started it (the token hash
                    // is unique) and it is found below; anything else leaves the link unknown for now.
                    LOG.log(java.util.logging.Level.FINE, "Starting the response of a link failed", e);
                }
                return store.findByTokenHash(hash);
            }
        }
        return Optional.empty();
    }

    private Opened opened(SurveyResponse response) {
        Instrument instrument = instrumentOf(response);
        return new Opened(response.getId(), response.getSnapshotId(), instrument, response.getStatus(),
                Language.fromCode(response.getLanguage()).orElse(Language.NL), response.getCurrentSection(),
                Answers.of(storedAnswers(response, instrument)), response.isClosed(clock.instant()));
    }

    private Instrument instrumentOf(SurveyResponse response) {
        return catalog.bySnapshot(response.getSnapshotId())
                .orElseThrow(() -> new IllegalStateException("snapshot " + response.getSnapshotId() + " is missing"));
    }

    /** The answers that relevance keeps, by question code. */
    private static Map<String, AnswerValue> kept(Instrument instrument, Answers answers) {
        Map<String, AnswerValue> kept = new HashMap<>();
        instrument.questions().forEach(q -> answers.given(q.code()).ifPresent(value -> kept.put(q.code(), value)));
        return kept;
    }

    private static Map<String, AnswerValue> storedAnswers(SurveyResponse response, Instrument instrument) {
        return AnswerDocument.decode(response.getAnswers(), code -> instrument.question(code).map(Question::type));
    }

    private static DomainException unknownLink() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "respond.unknownLink");
    }
}
