package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.flows.model.DeviceInfo;
import io.github.privacyflow.flows.model.HandRaise;
import io.github.privacyflow.flows.model.Participant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Audits presence events. No @Purpose: each kind of source reaching the log is PF003. */
public class PresenceAudit {

    private static final Logger log = LoggerFactory.getLogger(PresenceAudit.class);

    public void methodSource(SessionContext session) {
        // source: the result of a @PersonalData method
        log.info("request by {}", session.currentLogin()); // expect PF003
    }

    public void methodSourceByReference(SessionContext session) {
        Supplier<String> login = session::currentLogin;
        // source: a @PersonalData method called through a method reference
        log.info("request by {}", login.get()); // expect repeat PF003
    }

    public void methodSourceInOptional(Optional<SessionContext> session) {
        String login = session.map(SessionContext::currentLogin).orElse("nobody");
        // source: a @PersonalData method mapped over an Optional
        log.info("request by {}", login); // expect repeat PF003
    }

    public void unannotatedMethodByReference(SessionContext session) {
        Supplier<String> tenant = session::tenant;
        // silent: the sibling method through a method reference
        log.info("tenant {}", tenant.get());
    }

    public void unannotatedMethod(SessionContext session) {
        // silent: a sibling method that is not annotated
        log.info("request for tenant {}", session.tenant());
    }

    public void parameterSource(@PersonalData(category = "user-interaction") String typedHandle, String roomId) {
        // source: a @PersonalData parameter
        log.info("{} typed in {}", typedHandle, roomId); // expect PF003
    }

    public void plainParameter(String typedHandle, String roomId) {
        // silent: the same parameter without the annotation, and nobody passes personal data
        log.info("{} typed in {}", typedHandle, roomId);
    }

    public void callsPlainParameter(Participant participant) {
        plainParameter("keyboard", participant.getRoomId());
    }

    public void inferredFromName(DeviceInfo device) {
        // source: an unannotated field named like personal data (inferred from the name)
        log.info("device {} connected", device.getDeviceId()); // expect PF003
    }

    public void deviceFacts(DeviceInfo device) {
        // silent: the other fields of the same type are not personal
        log.info("{} app {}", device.getPlatform(), device.getAppVersion());
    }

    public void personalTypeInstance(HandRaise handRaise) {
        // source: an instance of a @PersonalData type
        log.info("hand raised: {}", handRaise); // expect PF003
    }

    public void instanceWithPersonalFields(Participant participant) {
        // silent: a logged object shows what its toString prints, and Participant's is Object's (a class name and a hash)
        log.debug("admitted {}", participant);
    }

    public void instancePrintingPersonalFields(NamedSeat seat) {
        // source: an instance of a type with personal fields, whose toString prints one of them
        log.debug("seated {}", seat); // expect PF003
    }
}
