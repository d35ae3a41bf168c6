package io.github.privacyflow.demo.chat;

/** Who sees a chat message. */
public enum MessageVisibility {
    EVERYONE,
    HOSTS_ONLY,
    DIRECT
}
