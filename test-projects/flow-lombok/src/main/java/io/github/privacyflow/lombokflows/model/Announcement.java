package io.github.privacyflow.lombokflows.model;

import lombok.AllArgsConstructor;
import lombok.Getter;

/** A line shown on the room's banner; nothing in it is personal by declaration. */
@Getter
@AllArgsConstructor
public class Announcement {

    private final String text;

    private final String roomId;
}
