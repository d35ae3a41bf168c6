package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.Purpose;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Invites people to a room by e-mail. */
@Purpose("provide-feature")
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");

    private final EmailService emailService;

    private final URI joinBaseUrl;

    public InvitationService(EmailService emailService, URI joinBaseUrl) {
        this.emailService = emailService;
        this.joinBaseUrl = joinBaseUrl;
    }

    public int inviteAll(String roomId, String roomName, List<String> emails) {
        int sent = 0;
        for (String email : emails) {
            if (invite(roomId, roomName, email)) {
                sent++;
            }
        }
        log.info("Sent {} of {} invitations for room {}", sent, emails.size(), roomId);
        return sent;
    }

    public boolean invite(String roomId, String roomName, String email) {
        if (email == null || !EMAIL_PATTERN.matcher(email).matches()) {
            return false;
        }
        emailService.sendInvitation(email, roomName, joinBaseUrl.resolve("/rooms/" + roomId + "/join"));
        return true;
    }
}
