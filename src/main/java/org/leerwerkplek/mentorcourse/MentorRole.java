package org.leerwerkplek.mentorcourse;

/** What a mentor is in the company: the owner, a team leader or a skilled worker. */
public enum MentorRole {
    ZAAKVOERDER,
    PLOEGLEIDER,
    VAKMAN
}
