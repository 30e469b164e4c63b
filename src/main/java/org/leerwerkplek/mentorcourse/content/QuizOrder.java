package org.leerwerkplek.mentorcourse.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order in which one mentor sees the options of a module's quiz questions. Authors write the
 * correct option anywhere (often first); each mentor gets its own shuffle, the same on every
 * visit, so the place of an option tells nothing. Nothing is stored: the order is derived from
 * mentor, module and question with {@link Random}, whose algorithm Java fixes. The page sends
 * the position shown; {@link #toWritten} turns it back into the option as written, which
 * {@link ModuleQuiz#score} checks.
 */
public final class QuizOrder {

    private final long mentorId;
    private final String moduleId;

    public QuizOrder(long mentorId, String moduleId) {
        this.mentorId = mentorId;
        this.moduleId = moduleId;
    }

    /** For each position shown (from 0), the index of the option as written. */
    public List<Integer> of(QuizQuestion question) {
        int size = question.options().size();
        int[] order = IntStream.range(0, size).toArray();
        Random random = new Random(seed(question.id()));
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        List<Integer> shown = new ArrayList<>(size);
        for (int index : order) {
            shown.add(index);
        }
        return List.copyOf(shown);
    }

    /** The options of {@code question} in the order shown. */
    public List<QuizOption> options(QuizQuestion question) {
        return of(question).stream().map(question.options()::get).toList();
    }

    /**
     * The answers as written: question id to option index, from question id to the position
     * shown. A question the module does not have, or a position it does not show, is passed on
     * unchanged so that scoring refuses it.
     */
    public Map<String, Integer> toWritten(CourseModule module, Map<String, Integer> shown) {
        Map<String, Integer> written = new HashMap<>(shown);
        for (QuizQuestion question : module.quiz()) {
            Integer position = shown.get(question.id());
            if (position != null && position >= 0 && position < question.options().size()) {
                written.put(question.id(), of(question).get(position));
            }
        }
        return written;
    }

    /** The position shown of the option written at {@code index}. */
    public int shownAt(QuizQuestion question, int index) {
        return of(question).indexOf(index);
    }

    private long seed(String questionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((mentorId + "\n" + moduleId + "\n" + questionId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
