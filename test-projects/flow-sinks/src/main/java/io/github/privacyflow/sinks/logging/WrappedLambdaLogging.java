package io.github.privacyflow.sinks.logging;

import com.github.fge.lambdas.Throwing;
import io.github.privacyflow.sinks.model.Learner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lambdas wrapped so that they may throw checked exceptions (com.github.fge throwing-lambdas, as
 * Apache James writes its mailets): what runs the wrapper runs the lambda, on the entries of the
 * map or the elements of the list that hand it their values.
 */
public class WrappedLambdaLogging {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WrappedLambdaLogging.class);

    public void seating(Learner learner, String desk) {
        Map<String, String> byDesk = new HashMap<>();
        byDesk.put(desk, learner.getEmail());
        byDesk.forEach(Throwing.biConsumer((String key, String value) -> {
            log.info("desk {} taken", key);
            log.info("desk taken by {}", value); // expect PF003
        }).sneakyThrow());
    }

    public void register(Learner learner) {
        List<String> nicknames = new ArrayList<>();
        nicknames.add(learner.getNickname());
        nicknames.forEach(Throwing.consumer((String value) ->
                log.info("registering {}", value)) // expect PF003
            .orDoNothing());
    }
}
