package io.github.privacyflow.classroom.chat;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Retain;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat message of a classroom: what a participant wrote, kept 30 days. */
@Entity
@Table(name = "chat_line")
@PersonalData(category = "user-interaction")
@Retain(days = 30)
public class ChatLine {

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    private String senderNickname;

    private String text;

    private Instant sentAt;

    protected ChatLine() {
    }

    public ChatLine(String roomId, String senderNickname, String text, Instant sentAt) {
        this.roomId = roomId;
        this.senderNickname = senderNickname;
        this.text = text;
        this.sentAt = sentAt;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getSenderNickname() {
        return senderNickname;
    }

    public String getText() {
        return text;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
