package io.github.privacyflow.flows.propagation;

/** Fourth class: fans a message out to the room's channel. */
public class WelcomeBroadcaster {

    private final WelcomeChannel channel = new WelcomeChannel();

    public void broadcast(String roomId, String text) {
        channel.emit(roomId + ": " + text);
    }
}
