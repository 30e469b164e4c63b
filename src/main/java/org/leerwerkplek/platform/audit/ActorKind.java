package org.leerwerkplek.platform.audit;

/**
 * Who acted, as the trail knows it: an account (by its id, never its name), a person through a
 * personal link (a respondent or a mentor, by the id of the response or mentor), an applicant,
 * the product itself (a timer or job), or someone unknown (a failed sign-in under a name that
 * has no account, recorded by a digest of that name).
 */
public enum ActorKind {
    ACCOUNT, RESPONDENT, MENTOR, APPLICANT, SYSTEM, ANONYMOUS
}
