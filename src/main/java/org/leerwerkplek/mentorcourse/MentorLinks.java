package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
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

    /** The mentor of a valid link; empty for any other token. */
    Optional<Mentor> byLink(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(MentorLink.class, SecretToken.hash(token)))
                .filter(link -> link.isValidAt(clock.instant()))
                .map(link -> em.find(Mentor.class, link.getMentorId()));
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
