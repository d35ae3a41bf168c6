package io.github.privacyflow.sinks.cache;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.util.concurrent.TimeUnit;

/**
 * The roster service caches the learners it looks up, by their address: Guava runs the cache's
 * loader on the key a get is given, so the loader logs the learner's address.
 */
public class RosterCache {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RosterCache.class);

    private final LoadingCache<String, String> learners = CacheBuilder.newBuilder()
            .expireAfterWrite(1, TimeUnit.MINUTES)
            .build(new CacheLoader<String, String>() {
                @Override
                public String load(String key) {
                    log.trace("loading learner {}", key); // expect PF003
                    return key.trim();
                }
            });

    public String learner(Learner learner) {
        return learners.getUnchecked(learner.getEmail());
    }
}
