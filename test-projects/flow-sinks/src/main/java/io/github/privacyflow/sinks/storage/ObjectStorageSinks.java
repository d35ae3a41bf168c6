package io.github.privacyflow.sinks.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.s3.AmazonS3;
import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.transfer.TransferManager;
import io.github.privacyflow.sinks.model.Learner;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Uploads of class artefacts: recordings and rosters to Tencent Cloud Object Storage, attendance
 * exports to the school district's S3 buckets (SDK v1 and v2), hand-in bundles to the on-premises
 * MinIO of self-hosted schools. Object storage is a permitted sink kind of user-interaction data
 * (Cloud Object Storage), so each flow only lacks a declared purpose.
 */
public class ObjectStorageSinks {

    private static final String RECORDINGS_BUCKET = "classroom-recordings-1250000000";
    private static final String EXPORT_BUCKET = "district-attendance-exports";

    private final COSClient cos;
    private final TransferManager cosTransfers;
    private final AmazonS3 s3;
    private final S3Client s3Client;
    private final MinioClient minio;

    public ObjectStorageSinks(COSClient cos, TransferManager cosTransfers, AmazonS3 s3, S3Client s3Client, MinioClient minio) {
        this.cos = cos;
        this.cosTransfers = cosTransfers;
        this.s3 = s3;
        this.s3Client = s3Client;
        this.minio = minio;
    }

    public void uploadRecording(Learner presenter, String roomId, File recordingFile) {
        cos.putObject(RECORDINGS_BUCKET, "recordings/" + roomId + "/" + presenter.getNickname() + ".mp4", recordingFile); // expect PF003
        cos.putObject(RECORDINGS_BUCKET, "recordings/" + roomId + "/status.txt", "uploaded");
    }

    public void uploadRoster(List<Learner> roster, String roomId) {
        StringBuilder csv = new StringBuilder("nickname,email\n");
        for (Learner learner : roster) {
            csv.append(learner.getNickname()).append(',').append(learner.getEmail()).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(UTF_8);
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(bytes.length);
        com.qcloud.cos.model.PutObjectRequest request = new com.qcloud.cos.model.PutObjectRequest(RECORDINGS_BUCKET, "rosters/" + roomId + ".csv", new ByteArrayInputStream(bytes), metadata);
        cosTransfers.upload(request); // expect PF003
    }

    public void uploadChatTranscript(Learner author, String roomId, String transcript) {
        byte[] bytes = (author.getNickname() + ": " + transcript).getBytes(UTF_8);
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(bytes.length);
        cos.putObject(RECORDINGS_BUCKET, "chat/" + roomId + ".txt", new ByteArrayInputStream(bytes), metadata); // expect repeat PF003
    }

    public void exportAttendance(Learner learner, String roomId, long minutesPresent) {
        String line = String.join(",", roomId, learner.getEmail(), learner.getClientIp(), Long.toString(minutesPresent));
        s3.putObject(EXPORT_BUCKET, "attendance/" + roomId + "/" + minutesPresent + ".csv", line); // expect PF003
        s3.putObject(EXPORT_BUCKET, "attendance/" + roomId + "/_SUCCESS", "");
    }

    public void exportParticipation(Learner learner, String roomId, int handRaises) {
        String json = "{\"room\":\"" + roomId + "\",\"email\":\"" + learner.getEmail() + "\",\"handRaises\":" + handRaises + "}";
        PutObjectRequest put = PutObjectRequest.builder().bucket(EXPORT_BUCKET).key("participation/" + roomId + ".json").contentType("application/json").build();
        s3Client.putObject(put, RequestBody.fromBytes(json.getBytes(UTF_8))); // expect repeat PF003
        s3Client.putObject(put, RequestBody.fromString(Integer.toString(handRaises)));
    }

    public void archiveHandIn(Learner learner, String roomId, byte[] handIn) throws Exception {
        PutObjectArgs args = PutObjectArgs.builder().bucket("hand-ins").object(roomId + "/" + learner.getEmail() + ".zip").stream(new ByteArrayInputStream(handIn), (long) handIn.length, -1L).build();
        minio.putObject(args); // expect repeat PF003
    }
}
