package io.github.privacyflow.lombokflows.model;

import io.github.privacyflow.annotations.PersonalData;
import lombok.Data;

/** One live session: @Data gives it a required-args constructor, accessors, equals and toString. */
@Data
public class ClassroomSession {

    private final String roomId;

    @PersonalData(category = "user-interaction")
    private final String teacherNickname;

    private String banner;

    private int attendees;
}
