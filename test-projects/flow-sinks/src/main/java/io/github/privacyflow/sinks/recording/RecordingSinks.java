package io.github.privacyflow.sinks.recording;

import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.PlayerEndpoint;
import org.kurento.client.RecorderEndpoint;
import org.kurento.client.WebRtcEndpoint;

/**
 * Class recordings on the Kurento media server: each presenter's stream is recorded to a file on
 * the media server's disk, named after the room and, for the per-learner recordings, after the
 * learner. A file is no processor of the agreement.
 */
public class RecordingSinks {

    private static final String RECORDINGS = "file:///var/lib/classroom/recordings/";

    /** The presenter's own recording: the file name carries the learner's nickname. */
    public RecorderEndpoint recordPresenter(MediaPipeline pipeline, WebRtcEndpoint presenter, Learner learner, LiveRoom room) {
        RecorderEndpoint recorder = new RecorderEndpoint.Builder(pipeline, RECORDINGS + room.getRoomId() + "/" + learner.getNickname() + ".webm")
                .withMediaProfile(MediaProfileSpecType.WEBM)
                .build(); // expect PF005
        presenter.connect(recorder);
        recorder.record();
        return recorder;
    }

    /** The room's recording is named after the room only. */
    public RecorderEndpoint recordRoom(MediaPipeline pipeline, WebRtcEndpoint mixer, LiveRoom room) {
        RecorderEndpoint recorder = new RecorderEndpoint.Builder(pipeline, RECORDINGS + room.getRoomId() + ".webm").build();
        mixer.connect(recorder);
        recorder.record();
        return recorder;
    }

    /** Playing a recording back reads the file. */
    public PlayerEndpoint replay(MediaPipeline pipeline, Learner learner, LiveRoom room) {
        PlayerEndpoint player = new PlayerEndpoint.Builder(pipeline, RECORDINGS + room.getRoomId() + "/" + learner.getNickname() + ".webm").build();
        player.play();
        return player;
    }
}
