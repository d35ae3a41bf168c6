package io.github.privacyflow.flows.propagation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Last class of the pipeline: the room channel's activity log. */
public class WelcomeChannel {

    private static final Logger log = LoggerFactory.getLogger(WelcomeChannel.class);

    public void emit(String line) {
        // propagation: a chain of calls across classes (WelcomeFlow, WelcomeComposer, WelcomeTemplates back up, then WelcomeBroadcaster down to here)
        log.info(line); // expect PF003
    }
}
