package io.github.privacyflow.demo.recording;

import io.github.privacyflow.annotations.Erases;
import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.demo.logging.AuditTrail;
import io.github.privacyflow.demo.persistence.RecordingDao;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts and stops class recordings, uploads them, and deletes them when the customer asks. */
@Purpose("provide-feature")
public class RecordingService {

    private static final Logger log = LoggerFactory.getLogger(RecordingService.class);

    private final RecordingDao recordingDao;
    private final ObjectStorageClient storage;
    private final AuditTrail auditTrail;
    private final String bucket;
    private final Clock clock;

    public RecordingService(RecordingDao recordingDao, ObjectStorageClient storage, AuditTrail auditTrail, String bucket,
            Clock clock) {
        this.recordingDao = recordingDao;
        this.storage = storage;
        this.auditTrail = auditTrail;
        this.bucket = bucket;
        this.clock = clock;
    }

    public Recording start(String roomId, RecordingFormat format) {
        Recording recording = recordingDao.save(new Recording(roomId, format, clock.instant()));
        log.info("Recording {} started in room {} as {}", recording.getId(), roomId, format); // expect PF005
        return recording;
    }

    public UploadReceipt finish(Recording recording, byte[] media) {
        String etag = storage.putObject(bucket, recording.getObjectKey(), media, recording.getFormat().mimeType());
        recording.finish(clock.instant(), media.length);
        recordingDao.update(recording);
        auditTrail.recordingStored(recording.getRoomId(), recording.getId(), media.length);
        return new UploadReceipt(recording.getObjectKey(), media.length, etag);
    }

    /** Deletes every recording of a room, the files first, then the rows. */
    @Erases(Recording.class)
    public int deleteRecordingsOfRoom(String roomId) {
        List<Recording> recordings = recordingDao.ofRoom(roomId);
        for (Recording recording : recordings) {
            storage.deleteObject(bucket, recording.getObjectKey());
        }
        int rows = recordingDao.deleteAllOfRoom(roomId);
        auditTrail.recordingsErased(roomId, rows);
        if (rows != recordings.size()) {
            log.warn("Room {}: deleted {} files but {} rows", roomId, recordings.size(), rows);
        }
        return rows;
    }

    /**
     * What object storage answered for an upload.
     *
     * @param objectKey where the file is
     * @param sizeBytes its size
     * @param etag the storage's checksum
     */
    public record UploadReceipt(String objectKey, long sizeBytes, String etag) {
    }
}
