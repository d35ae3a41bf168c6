package io.github.privacyflow.sinks.analytics;

import com.amplitude.Amplitude;
import com.amplitude.Event;
import com.mixpanel.mixpanelapi.MessageBuilder;
import com.mixpanel.mixpanelapi.MixpanelAPI;
import com.posthog.java.PostHog;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import com.sensorsdata.analytics.javasdk.ISensorsAnalytics;
import com.sensorsdata.analytics.javasdk.exceptions.InvalidArgumentException;
import io.github.privacyflow.sinks.model.Learner;
import java.io.IOException;
import java.util.Map;
import org.json.JSONObject;

/**
 * Product analytics of the classroom: the growth team's Segment pipeline, the old Mixpanel
 * dashboards, Amplitude for the mobile client's funnels, PostHog for feature flags, and Sensors
 * Data for the schools in mainland China. The agreement names no processor for analytics and
 * permits no analytics purpose, so every flow lacks both a purpose and a permitted processor.
 */
public class AnalyticsSinks {

    private final Analytics segment;
    private final MixpanelAPI mixpanel;
    private final MessageBuilder mixpanelMessages;
    private final Amplitude amplitude = Amplitude.getInstance();
    private final PostHog posthog;
    private final ISensorsAnalytics sensors;

    public AnalyticsSinks(Analytics segment, MixpanelAPI mixpanel, String mixpanelToken, PostHog posthog, ISensorsAnalytics sensors) {
        this.segment = segment;
        this.mixpanel = mixpanel;
        this.mixpanelMessages = new MessageBuilder(mixpanelToken);
        this.posthog = posthog;
        this.sensors = sensors;
    }

    public void classJoined(Learner learner, String roomId) {
        segment.enqueue(TrackMessage.builder("Class Joined").userId(learner.getEmail()).properties(Map.of("room", roomId))); // expect PF005
        segment.enqueue(TrackMessage.builder("Room Occupancy Changed").anonymousId(roomId).properties(Map.of("delta", 1)));
    }

    public void profileUpdated(Learner learner) {
        segment.enqueue(IdentifyMessage.builder().userId(learner.getEmail()).traits(Map.of("nickname", learner.getNickname()))); // expect PF005
    }

    public void handRaised(Learner learner, String roomId, int queuePosition) throws IOException {
        JSONObject properties = new JSONObject().put("room", roomId).put("position", queuePosition);
        mixpanel.sendMessage(mixpanelMessages.event(learner.getEmail(), "hand_raised", properties)); // expect repeat PF005
    }

    public void roomOpened(String roomId, int seats) throws IOException {
        mixpanel.sendMessage(mixpanelMessages.event("room-" + roomId, "room_opened", new JSONObject().put("seats", seats)));
    }

    public void whiteboardUsed(Learner learner, String tool) {
        amplitude.logEvent(new Event("whiteboard_" + tool, learner.getEmail())); // expect repeat PF005
    }

    public void chatMessageSent(Learner learner, String roomId) {
        posthog.capture(learner.getEmail(), "chat_message_sent", Map.of("room", roomId, "$ip", learner.getClientIp())); // expect PF005
        posthog.capture("room-" + roomId, "chat_message_count_changed");
    }

    public void lessonFinished(Learner learner, String roomId, int minutes) throws InvalidArgumentException {
        sensors.track(learner.getEmail(), true, "LessonFinished", Map.of("room_id", roomId, "minutes", minutes)); // expect repeat PF005
        sensors.profileSet(learner.getEmail(), true, "nickname", learner.getNickname()); // expect repeat PF005
        sensors.track(roomId, false, "RoomLessonFinished", Map.of("minutes", minutes));
    }
}
