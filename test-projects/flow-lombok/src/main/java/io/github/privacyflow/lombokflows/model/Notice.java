package io.github.privacyflow.lombokflows.model;

import lombok.Builder;
import lombok.Getter;

/** A notice to a room, built with Lombok's builder; nothing in it is personal by declaration. */
@Getter
@Builder
public class Notice {

    private final String roomId;

    private final String text;

    private final int priority;
}
