package io.github.privacyflow.demo.chat;

import io.github.privacyflow.annotations.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat message, stored so that late joiners and the teacher can read the history. */
@Entity
@Table(name = "chat_message")
public class ChatMessage { // expect PF006

    @Id
    @GeneratedValue
    private Long id;

    private String roomId;

    @PersonalData(category = "user-interaction")
    private String senderId;

    @PersonalData(category = "user-interaction")
    private String senderNickname;

    @PersonalData(category = "user-interaction")
    @Column(length = 2000)
    private String body;

    @Enumerated(EnumType.STRING)
    private MessageVisibility visibility;

    private Instant sentAt;

    private boolean hidden;

    protected ChatMessage() {
    }

    public ChatMessage(String roomId, String senderId, String senderNickname, String body, MessageVisibility visibility,
            Instant sentAt) {
        this.roomId = roomId;
        this.senderId = senderId;
        this.senderNickname = senderNickname;
        this.body = body;
        this.visibility = visibility;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getSenderId() {
        return senderId;
    }

    public String getSenderNickname() {
        return senderNickname;
    }

    public String getBody() {
        return body;
    }

    public MessageVisibility getVisibility() {
        return visibility;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void hide() {
        this.hidden = true;
    }
}
