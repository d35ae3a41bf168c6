package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.model.Participant;

/** ConsoleDebug's stdout with the purpose declared: the console is logging, permitted for troubleshooting. */
@Purpose("troubleshooting")
public class ConsoleDebugWithPurpose {

    public void stdout(Participant participant) {
        System.out.println("joined " + participant.getEmail()); // clean twin of flow-propagation/ConsoleDebug.java: PF003
    }
}
