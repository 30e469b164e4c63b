package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * A mentor's personal links: the mentor a link opens, while it is valid, and new links. Every use
 * of a token goes through here; an unknown, malformed or expired one finds nobody.
 */
@ApplicationScoped
public class MentorLinks {

    private EntityManager em;
    private Clock clock;

    /** For the CDI proxy only. */
    protected MentorLinks() {
    }

    @Inject
    public MentorLinks(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The mentor of a valid link; empty for any other token. Two forms: a link the course run
     * derived ({@link MentorLinkToken}: checked against the mentor's key, nothing stored per link),
     * and a stored one (a random token whose hash is a {@code mentor_link} row: the confirmation
     * mail's, and every mail's queued before the derived form).
     */
    Optional<Mentor> byLink(String token) {
        if (SecretToken.isWellFormed(token)) {
            return Optional.ofNullable(em.find(MentorLink.class, SecretToken.hash(token)))
                    .filter(link -> link.isValidAt(clock.instant()))
                    .map(link -> em.find(Mentor.class, link.getMentorId()));
        }
        return MentorLinkToken.read(token)
                .filter(claim -> claim.isValidOn(LocalDate.now(clock)))
                .filter(claim -> claim.isSignedWith(linkKey(claim.mentorId())))
                .map(claim -> em.find(Mentor.class, claim.mentorId()));
    }

    /** The mentor's link key, read from its row (the run sets it by JDBC); null without one. */
    private String linkKey(long mentorId) {
        List<?> keys = em.createNativeQuery("SELECT link_key FROM mentor WHERE id = ?")
                .setParameter(1, mentorId).getResultList();
        return keys.isEmpty() ? null : (String) keys.get(0);
    }

    /** @throws DomainException NOT_FOUND for a token that opens nothing */
    Mentor requireLink(String token) {
        return byLink(token).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "course.linkUnknown"));
    }

    /** A new personal link of the mentor; its token. */
    String newLink(Mentor mentor) {
        String token = SecretToken.generate();
        em.persist(new MentorLink(SecretToken.hash(token), mentor.getId(), clock.instant()));
        return token;
    }
}
