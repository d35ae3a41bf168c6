package io.github.privacyflow.flows.chat;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.model.ChatMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** EngagementTracker's logging under a purpose the agreement defines and permits. */
@Purpose("provide-feature") // clean twin of flow-propagation/EngagementTracker.java: PF008
public class ChatActivity {

    private static final Logger log = LoggerFactory.getLogger(ChatActivity.class);

    public void track(ChatMessage message) {
        log.info("engagement: {} posted", message.senderNickname()); // clean twin of flow-propagation/EngagementTracker.java: PF004
    }
}
