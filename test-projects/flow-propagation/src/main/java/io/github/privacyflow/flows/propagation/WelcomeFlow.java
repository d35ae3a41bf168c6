package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.flows.model.Participant;

/** Start of the welcome pipeline: composes the text, then broadcasts it. */
public class WelcomeFlow {

    private final WelcomeComposer composer = new WelcomeComposer();
    private final WelcomeBroadcaster broadcaster = new WelcomeBroadcaster();

    public void onJoin(Participant participant) {
        String text = composer.compose(participant);
        broadcaster.broadcast(participant.getRoomId(), text);
    }

    public void onRoomOpened(String roomId) {
        broadcaster.broadcast(roomId, "The lesson is starting");
    }
}
