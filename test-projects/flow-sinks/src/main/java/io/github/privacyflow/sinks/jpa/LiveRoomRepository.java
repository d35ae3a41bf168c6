package io.github.privacyflow.sinks.jpa;

import io.github.privacyflow.sinks.model.LiveRoom;
import org.springframework.data.repository.CrudRepository;

public interface LiveRoomRepository extends CrudRepository<LiveRoom, String> {
}
