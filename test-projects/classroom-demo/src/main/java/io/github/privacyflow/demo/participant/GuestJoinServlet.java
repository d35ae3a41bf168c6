package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.demo.persistence.ParticipantDao;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;

/**
 * Lets a guest join a public lesson from the invitation link. It stores the guest before asking
 * for consent and age: the agreement's special condition is broken on this path.
 */
@Purpose("provide-feature")
public class GuestJoinServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ParticipantDao participants;
    private final transient Clock clock;

    public GuestJoinServlet(ParticipantDao participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) { // expect PF009
        Participant guest = new Participant(request.getParameter("room"), request.getParameter("displayName"),
                request.getParameter("email"), request.getRemoteAddr(), ParticipantRole.OBSERVER, clock.instant());
        participants.save(guest);
        response.setStatus(HttpServletResponse.SC_CREATED);
    }
}
