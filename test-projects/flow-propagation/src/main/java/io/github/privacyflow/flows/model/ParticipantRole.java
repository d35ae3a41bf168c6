package io.github.privacyflow.flows.model;

/** What a participant may do in a room. */
public enum ParticipantRole {
    STUDENT,
    TEACHER,
    ASSISTANT
}
