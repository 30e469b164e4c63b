package org.leerwerkplek.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Relevance;

/**
 * The columns of an instrument's responses with the responses of one import added: each imported
 * response is worked out ({@link ResponseTable#prepare}) as the import checks it, on the thread that
 * reads the file, and once all are stored they are added, with the ids they were stored under, to
 * the columns as they were before the import. The result is the table a full read after the import
 * would give (imported responses are not demo data, and their ids are higher than every earlier one).
 */
final class ImportedColumns {

    private final ResponseTable before;
    private final Instrument given;
    private final List<ResponseTable.Prepared> prepared = new ArrayList<>();
    private long preparing;

    /** Follows an import of responses given under {@code given} into the columns {@code before}. */
    ImportedColumns(ResponseTable before, Instrument given) {
        this.before = before;
        this.given = given;
    }

    /** One imported response, in the order of the file (on one thread at a time). */
    void accept(Map<String, AnswerValue> answers) {
        accept(answers, null);
    }

    /**
     * One imported response with what {@code given} shows for it, as the import's check decided it
     * (decided here when null or of another instrument).
     */
    void accept(Map<String, AnswerValue> answers, Relevance relevance) {
        long started = System.nanoTime();
        prepared.add(before.prepare(0, given, answers, false, relevance));
        preparing += System.nanoTime() - started;
    }

    /** The time spent working out the imported responses so far, in ms (on the import's reading thread). */
    long preparingMillis() {
        return preparing / 1_000_000;
    }

    /**
     * The columns before the import with every imported response added, stored under {@code ids}
     * (in the order they were accepted), as a new table.
     */
    ResponseTable table(long[] ids) {
        if (ids.length != prepared.size()) {
            throw new IllegalArgumentException(ids.length + " ids for " + prepared.size() + " imported responses");
        }
        List<ResponseTable.Change> changes = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            changes.add(new ResponseTable.Change(ids[i], Optional.of(prepared.get(i).withId(ids[i]))));
        }
        prepared.clear();
        return before.with(changes);
    }
}
