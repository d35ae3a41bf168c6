package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.annotations.PersonalData;

/** A seat in a room that says whose it is when printed: its toString shows the nickname. */
public class NamedSeat {

    @PersonalData(category = "user-interaction")
    private final String nickname;

    private final int row;

    public NamedSeat(String nickname, int row) {
        this.nickname = nickname;
        this.row = row;
    }

    @Override
    public String toString() {
        return "row " + row + ": " + nickname;
    }
}
