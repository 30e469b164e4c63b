package org.leerwerkplek.platform.audit;

import java.util.Objects;

/** Who acted: a kind and, where there is one, a reference that holds no personal value. */
public record Actor(ActorKind kind, String ref) {

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (ref != null && ref.length() > 64) {
            throw new IllegalArgumentException("An actor reference holds at most 64 characters: " + ref);
        }
    }

    /** A timer or job of the product, e.g. {@code system("retention")}. */
    public static Actor system(String job) {
        return new Actor(ActorKind.SYSTEM, job);
    }

    /** A respondent through its personal link, by the id of its response. */
    public static Actor respondent(Object responseId) {
        return new Actor(ActorKind.RESPONDENT, responseId == null ? null : responseId.toString());
    }

    /** A mentor through its personal link, by the mentor's id. */
    public static Actor mentor(Object mentorId) {
        return new Actor(ActorKind.MENTOR, mentorId == null ? null : mentorId.toString());
    }
}
