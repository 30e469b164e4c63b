package org.leerwerkplek.mentorcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal link of a mentor, by the hash of its token: it opens the mentor's page, modules and
 * calendar without a password until it expires. Every mail carries a fresh one.
 */
@Entity
@Table(name = "mentor_link")
@NamedQuery(name = MentorLink.LATEST_EXPIRY,
        query = "select max(l.expiresAt) from MentorLink l where l.mentorId = :mentor")
public class MentorLink {

    static final String LATEST_EXPIRY = "MentorLink.latestExpiry";

    /** How long a personal link works after its mail. */
    public static final Duration VALID = Duration.ofDays(400);

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected MentorLink() {
    }

    MentorLink(String tokenHash, long mentorId, Instant now) {
        this.tokenHash = tokenHash;
        this.mentorId = mentorId;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID);
    }

    long getMentorId() {
        return mentorId;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
