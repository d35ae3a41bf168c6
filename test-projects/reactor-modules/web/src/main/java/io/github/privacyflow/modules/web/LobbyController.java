package io.github.privacyflow.modules.web;

import io.github.privacyflow.modules.core.AuditLog;
import io.github.privacyflow.modules.service.EnrolmentService;

/** The web module: its data reaches the core module's sink through the service module. */
public class LobbyController {

    private final EnrolmentService service = new EnrolmentService();
    private final AuditLog audit = new AuditLog();

    public void join(String address) {
        String email = new io.github.privacyflow.modules.core.Learner(address).getEmail();
        service.announce("joined: " + email); // expect PF003
        service.announce("a learner joined");
        audit.record(email); // expect repeat PF003
        audit.recordCount(2);
    }
}
