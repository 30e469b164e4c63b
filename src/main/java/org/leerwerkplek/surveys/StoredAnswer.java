package org.leerwerkplek.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One row of {@code survey_answer}; see {@link AnswerRows} for what the columns hold per type. */
@Entity
@Table(name = "survey_answer")
@IdClass(StoredAnswer.Key.class)
@NamedQuery(name = StoredAnswer.OF_RESPONSE, query = "select a from StoredAnswer a where a.responseId = :response")
@NamedQuery(name = StoredAnswer.DELETE_QUESTIONS,
        query = "delete from StoredAnswer a where a.responseId = :response and a.questionCode in :questions")
public class StoredAnswer {

    static final String OF_RESPONSE = "StoredAnswer.ofResponse";
    static final String DELETE_QUESTIONS = "StoredAnswer.deleteQuestions";

    /** The primary key: response, question, item. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long responseId;
        private String questionCode;
        private String itemCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.responseId == responseId
                    && Objects.equals(key.questionCode, questionCode) && Objects.equals(key.itemCode, itemCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(responseId, questionCode, itemCode);
        }
    }

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Id
    @Column(name = "question_code", length = 64)
    private String questionCode;

    @Id
    @Column(name = "item_code", length = 64)
    private String itemCode;

    @Column(name = "value_code", length = 64)
    private String valueCode;

    @Column(name = "value_number", precision = 19, scale = 6)
    private BigDecimal valueNumber;

    @Column(name = "value_text", length = 4000)
    private String valueText;

    protected StoredAnswer() {
    }

    StoredAnswer(long responseId, AnswerRows.Row row) {
        this.responseId = responseId;
        this.questionCode = row.question();
        this.itemCode = row.item();
        this.valueCode = row.code();
        this.valueNumber = row.number();
        this.valueText = row.text();
    }

    AnswerRows.Row row() {
        return new AnswerRows.Row(questionCode, itemCode, valueCode, plain(valueNumber), valueText);
    }

    /** The number without the zeros the DECIMAL(19,6) column adds: 12.500000 is 12.5, 100.000000 is 100. */
    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    String questionCode() {
        return questionCode;
    }
}
