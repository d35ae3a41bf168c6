package io.github.privacyflow.demo.whiteboard;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.demo.persistence.WhiteboardSnapshotDao;
import io.github.privacyflow.demo.recording.ObjectStorageClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the strokes of the open boards in memory and saves pages on request. */
@Purpose("provide-feature")
public class WhiteboardService {

    private static final Logger log = LoggerFactory.getLogger(WhiteboardService.class);
    private static final int MAX_STROKES_PER_PAGE = 20_000;

    private final Map<String, List<WhiteboardStroke>> strokesByPage = new ConcurrentHashMap<>();
    private final WhiteboardSnapshotDao snapshotDao;
    private final ObjectStorageClient storage;
    private final String bucket;
    private final Clock clock;

    public WhiteboardService(WhiteboardSnapshotDao snapshotDao, ObjectStorageClient storage, String bucket, Clock clock) {
        this.snapshotDao = snapshotDao;
        this.storage = storage;
        this.bucket = bucket;
        this.clock = clock;
    }

    public boolean draw(WhiteboardStroke stroke) {
        List<WhiteboardStroke> page = strokesByPage.computeIfAbsent(key(stroke.boardId(), stroke.pageIndex()),
                ignored -> new CopyOnWriteArrayList<>());
        if (page.size() >= MAX_STROKES_PER_PAGE) {
            log.warn("Board {} page {} is full", stroke.boardId(), stroke.pageIndex());
            return false;
        }
        page.add(stroke);
        return true;
    }

    public int undoStrokesOf(String boardId, int pageIndex, String authorParticipantId) {
        List<WhiteboardStroke> page = strokesByPage.getOrDefault(key(boardId, pageIndex), List.of());
        List<WhiteboardStroke> removed = new ArrayList<>();
        for (WhiteboardStroke stroke : page) {
            if (stroke.authorParticipantId().equals(authorParticipantId)) {
                removed.add(stroke);
            }
        }
        page.removeAll(removed);
        return removed.size();
    }

    public WhiteboardSnapshot savePage(String roomId, String boardId, int pageIndex, byte[] renderedPng) {
        String objectKey = "whiteboards/" + roomId + "/" + boardId + "-" + pageIndex + ".png";
        storage.putObject(bucket, objectKey, renderedPng, "image/png");
        int strokes = strokesByPage.getOrDefault(key(boardId, pageIndex), List.of()).size();
        return snapshotDao.save(new WhiteboardSnapshot(roomId, pageIndex, objectKey, strokes, clock.instant()));
    }

    public int deleteSnapshotsOfRoom(String roomId) {
        for (WhiteboardSnapshot snapshot : snapshotDao.ofRoom(roomId)) {
            storage.deleteObject(bucket, snapshot.getObjectKey());
        }
        return snapshotDao.deleteAllOfRoom(roomId);
    }

    private static String key(String boardId, int pageIndex) {
        return boardId + "#" + pageIndex;
    }
}
