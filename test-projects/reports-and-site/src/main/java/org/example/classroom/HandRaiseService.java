package org.example.classroom;

import io.github.privacyflow.annotations.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows raised hands to the teacher. */
public class HandRaiseService {

    private static final Logger LOG = LoggerFactory.getLogger(HandRaiseService.class);

    @Purpose("provide-feature")
    public void raise(HandRaise raise) {
        LOG.info("hand raised in room {}", raise.roomId());
        LOG.debug("{} raised a hand", raise.nickname());
    }

    public void lower(HandRaise raise) {
        LOG.debug("{} lowered a hand", raise.nickname()); // expect PF003
    }

    @Purpose("analytics") // expect PF008
    public void countRaise(HandRaise raise) {
        LOG.info("raise by {}", raise.nickname()); // expect PF004
    }
}
