package org.leerwerkplek.analysis.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.leerwerkplek.surveys.ResponseStatus;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ExportedResponse;
import org.leerwerkplek.surveys.csv.ResponseCsvWriter;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.validation.AnswerValidator;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * Synthetic responses to the employer questionnaire ({@code werkgeversbevraging}) that reproduce
 * the published figures of the sector study's survey of 305 construction employers (seed 003,
 * section 4), so that a fresh installation shows a full dashboard.
 *
 * <h2>Demo data is marked</h2>
 * These responses are made up. Whoever stores them must store {@link #MARKER} ({@value #MARKER})
 * as their channel (source), so that they can be told apart from real responses, left out of real
 * analyses and removed in one go. The answers themselves look like real answers; only the e-mail
 * addresses (Q33) are under the reserved domain {@code leerwerkplek.invalid}, which can never
 * receive mail. {@link #writeCsv} writes {@value #MARKER} in the {@code channel} column, but an
 * import sets its own channel, so a CSV import alone does not keep the mark.
 *
 * <h2>What is reproduced</h2>
 * With {@link #STUDY_SIZE} respondents, whatever the seed:
 * <ul>
 *   <li>207 of 305 (67.9%) name the need for intake (Q13 INSTROOM), 131 (43.0%) training future
 *       craftsmen (VAKLUI);</li>
 *   <li>304 of 305 expect a beginner to pay off within two years (Q07 at most 2); the one other
 *       is a painter (Q04 SCHILDERWERK) with fewer than five staff who answers 5 years;</li>
 *   <li>203 of 305 (about two thirds) report growth since 2012 (Q06 GEGROEID), against the
 *       register's 30/32/38;</li>
 *   <li>of the 92 employers with fewer than five staff (Q02 W1_4), 53 (57.6%, "bijna zes op
 *       tien") ask for a trial period (Q20 PROEF_KANDIDAAT or PROEF_WERKGEVER), against 75 of the
 *       213 larger ones (35.2%); of those who ask one for the candidate, 55% also ask one for the
 *       employer;</li>
 *   <li>of the 171 who want financial support (Q20 FINANCIEEL), 103 (60.2%) prefer the RSZ
 *       advantage (Q22).</li>
 * </ul>
 * These counts come from quotas, not from chance: respondents are made in blocks of 305 and
 * each block gets exactly these counts, handed out in a seeded random order (the last, smaller
 * block gets the same shares of its size). The seed decides who has which answer and everything
 * not listed, drawn with plausible shares and some links between answers (see
 * {@code EmployerAnswers}). The same instrument, count and seed always give the same responses.
 *
 * <h2>Every response is valid</h2>
 * The questionnaire is walked in order and only questions that are shown, given the answers so
 * far, are answered, as the answering page does ({@link Relevance}); every response is checked
 * with the instrument's own {@link AnswerValidator} before it is handed out. A question the
 * generator has no story for (one added in a later version) is answered only if it is required,
 * with a random valid answer.
 *
 * <h2>Memory</h2>
 * Responses are made one at a time as the stream is read; only the quotas of the current block
 * are kept, so a stream of 100,000 responses needs no more memory than one of 305.
 */
public final class DemoResponses {

    /** The channel (source) under which synthetic responses are stored. */
    public static final String MARKER = "DEMO";

    /** The seed of the demo data shown at start: the year of the sector study. */
    public static final long DEFAULT_SEED = 2017L;

    /** The number of employers in the study, and the size of a block with the study's exact counts. */
    public static final int STUDY_SIZE = StudyFigures.EMPLOYERS;

    /** The instrument these responses answer. */
    public static final String INSTRUMENT_ID = "werkgeversbevraging";

    private final Clock clock;
    private final AnswerValidator validator;

    /** @param clock gives "today" for date questions and the submission time in {@link #writeCsv} */
    public DemoResponses(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validator = new AnswerValidator(clock);
    }

    /**
     * {@code count} synthetic responses to {@code instrument}, made as the stream is read. The
     * stream is sequential and can be read once.
     *
     * @throws IllegalArgumentException when the instrument is not the werkgeversbevraging or the
     *         count is negative
     * @throws IllegalStateException while reading, when a response would not be valid for the
     *         instrument (a version of the questionnaire the generator does not fit)
     */
    public Stream<DemoResponse> generate(Instrument instrument, int count, long seed) {
        Objects.requireNonNull(instrument, "instrument");
        if (!instrument.id().equals(INSTRUMENT_ID)) {
            throw new IllegalArgumentException("demo responses are made for " + INSTRUMENT_ID + ", not for "
                    + instrument.id());
        }
        if (count < 0) {
            throw new IllegalArgumentException("the number of demo responses cannot be negative: " + count);
        }
        Iterator<DemoResponse> responses = new Generation(instrument, count, seed);
        return StreamSupport.stream(Spliterators.spliterator(responses, count,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** The study's data set: {@link #STUDY_SIZE} responses with the {@link #DEFAULT_SEED}. */
    public Stream<DemoResponse> study(Instrument instrument) {
        return generate(instrument, STUDY_SIZE, DEFAULT_SEED);
    }

    /**
     * Writes {@code count} synthetic responses as an import file in codes mode
     * ({@link ResponseCsvWriter}): status {@code SUBMITTED}, channel {@value #MARKER}, submitted
     * now. The file passes the import's checks like any export; the import then stores the rows
     * under its own channel.
     *
     * @return the number of responses written
     */
    public long writeCsv(Instrument instrument, int count, long seed, CsvDialect dialect, Writer out)
            throws IOException {
        Optional<Instant> submittedAt = Optional.of(clock.instant());
        try (Stream<DemoResponse> responses = generate(instrument, count, seed)) {
            return ResponseCsvWriter.codes(instrument, dialect).write(responses.map(r -> new ExportedResponse(
                    r.number(), instrument.version(), ResponseStatus.SUBMITTED.name(), MARKER, submittedAt,
                    r.values())), out);
        }
    }

    /**
     * One employer's answers: the questionnaire walked in order in one pass, answering what is
     * shown given the answers so far, by the rules of {@link Relevance} (a hidden section hides its
     * questions; a filtered question without options is hidden). {@link #check} then holds the
     * result against {@link Relevance} itself.
     */
    private DemoResponse respond(Instrument instrument, Profile profile, Draw draw, int number) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        Answers soFar = code -> Optional.ofNullable(values.get(code));
        EmployerAnswers employer = new EmployerAnswers(profile, draw, number, LocalDate.now(clock));
        for (Section section : instrument.sections()) {
            if (!holds(section.relevant(), soFar)) {
                continue;
            }
            for (Question question : section.questions()) {
                List<Option> shown = shownOptions(question, soFar);
                if (holds(question.relevant(), soFar)
                        && (question.choices().filterOptionsBy().isEmpty() || !shown.isEmpty())) {
                    employer.answer(question, shown, soFar).ifPresent(v -> values.put(question.code(), v));
                }
            }
        }
        DemoResponse response = new DemoResponse(number, values);
        check(instrument, response);
        return response;
    }

    private static boolean holds(Optional<Condition> condition, Answers answers) {
        return condition.map(c -> c.evaluate(answers)).orElse(true);
    }

    /** All options, or with {@code filterOptionsBy} those chosen in the source question. */
    private static List<Option> shownOptions(Question question, Answers soFar) {
        Optional<String> source = question.choices().filterOptionsBy();
        if (source.isEmpty()) {
            return question.choices().all();
        }
        Set<String> chosen = soFar.chosen(Condition.Reference.to(source.get()));
        return question.choices().all().stream().filter(o -> chosen.contains(o.code())).toList();
    }

    /**
     * Fails unless every answer is to a shown question and the whole passes the validator; an
     * answer code the instrument does not have (a later version that removed it) fails too.
     */
    private void check(Instrument instrument, DemoResponse response) {
        Relevance relevance = Relevance.of(instrument, response.answers());
        List<String> hidden = response.values().keySet().stream().filter(code -> !relevance.isShown(code)).toList();
        List<Violation> violations;
        try {
            violations = validator.validate(instrument, response.answers(), Language.NL);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(doesNotFit(instrument, response) + e.getMessage(), e);
        }
        if (!hidden.isEmpty() || !violations.isEmpty()) {
            throw new IllegalStateException(doesNotFit(instrument, response) + "answers hidden questions " + hidden
                    + ", violations " + violations);
        }
    }

    private static String doesNotFit(Instrument instrument, DemoResponse response) {
        return "demo response " + response.number() + " does not fit " + instrument.id() + " version "
                + instrument.version() + ": ";
    }

    /** Makes the responses block by block, each block with its own quotas. */
    private final class Generation implements Iterator<DemoResponse> {

        private final Instrument instrument;
        private final int count;
        private final SplittableRandom seeds;
        private int made;
        private Quotas block;
        private int inBlock;
        private SplittableRandom blockRandom;

        Generation(Instrument instrument, int count, long seed) {
            this.instrument = instrument;
            this.count = count;
            this.seeds = new SplittableRandom(seed);
        }

        @Override
        public boolean hasNext() {
            return made < count;
        }

        @Override
        public DemoResponse next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (block == null || inBlock == block.size()) {
                blockRandom = seeds.split();
                block = Quotas.plan(Math.min(STUDY_SIZE, count - made), blockRandom);
                inBlock = 0;
            }
            Profile profile = block.profile(inBlock++);
            made++;
            return respond(instrument, profile, new Draw(blockRandom.split()), made);
        }
    }
}
