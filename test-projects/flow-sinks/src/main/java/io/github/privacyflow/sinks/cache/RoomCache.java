package io.github.privacyflow.sinks.cache;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.util.concurrent.ExecutionException;

/** Rooms cached by their id: the loader logs room ids, no one's data. */
public class RoomCache {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RoomCache.class);

    private final LoadingCache<String, String> rooms = CacheBuilder.newBuilder()
            .build(new CacheLoader<String, String>() {
                @Override
                public String load(String key) {
                    log.trace("loading room {}", key);
                    return key.trim();
                }
            });

    public String room(LiveRoom room) throws ExecutionException {
        return rooms.get(room.getRoomId());
    }
}
