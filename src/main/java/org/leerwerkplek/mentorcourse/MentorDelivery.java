package org.leerwerkplek.mentorcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.leerwerkplek.mentorcourse.delivery.MailItem;

/**
 * One mail item the scheduler decided to send: a module's delivery or its reminder, unique per
 * (mentor, module, due date) and written in the same transaction as the outbox mail.
 */
@Entity
@Table(name = "mentor_delivery")
public class MentorDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailItem.Kind kind;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "mail_key", nullable = false, length = 200)
    private String mailKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MentorDelivery() {
    }

    MentorDelivery(long mentorId, MailItem item, LocalDate sentOn, String mailKey, Instant now) {
        this.mentorId = mentorId;
        this.moduleId = item.module().id();
        this.dueDate = item.dueOn();
        this.kind = item.kind();
        this.sentOn = sentOn;
        this.mailKey = mailKey;
        this.createdAt = now;
    }
}
