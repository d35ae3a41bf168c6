package pairs.model;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;

/**
 * A student seated in a live class. Its email, display name and camera and hand state are the
 * personal data of every pair; the room id and the seat number are facts about the room. Kept 30
 * days: the JDBC pairs store it, and {@link RosterCleanup} erases it.
 */
@Retain(days = 30)
public class Student {

    @PersonalData(category = "user-interaction")
    private String email;

    @PersonalData(category = "user-interaction")
    private String displayName;

    @PersonalData(category = "user-interaction")
    private boolean cameraOn;

    @PersonalData(category = "user-interaction")
    private boolean handRaised;

    private final String roomId;

    private final int seat;

    public Student(String email, String displayName, String roomId, int seat) {
        this.email = email;
        this.displayName = displayName;
        this.roomId = roomId;
        this.seat = seat;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isCameraOn() {
        return cameraOn;
    }

    public void setCameraOn(boolean cameraOn) {
        this.cameraOn = cameraOn;
    }

    public boolean isHandRaised() {
        return handRaised;
    }

    public void setHandRaised(boolean handRaised) {
        this.handRaised = handRaised;
    }

    public String getRoomId() {
        return roomId;
    }

    public int getSeat() {
        return seat;
    }
}
