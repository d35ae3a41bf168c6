package io.github.privacyflow.lombokflows.service;

import io.github.privacyflow.lombokflows.model.Announcement;
import io.github.privacyflow.lombokflows.model.ClassroomSession;
import io.github.privacyflow.lombokflows.model.Learner;
import io.github.privacyflow.lombokflows.model.Notice;
import io.github.privacyflow.lombokflows.model.RecordingClip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * Logs what learners do in a room. No @Purpose anywhere: every flow of personal data through
 * the Lombok-generated members is PF003.
 */
@Slf4j
@RequiredArgsConstructor
public class LearnerActivity {

    private final Path exportDir;

    public void generatedGetter(Learner learner) {
        // lombok: a @Getter-generated getter of an annotated field
        log.info("{} is online", learner.getEmail()); // expect PF003
    }

    public void generatedGetterOfRoom(Learner learner) {
        // silent: the generated getters of the non-personal fields
        log.info("someone in {} for {} minutes", learner.getRoomId(), learner.getMinutesOnline());
    }

    public void generatedSetter(Learner learner, ClassroomSession session) {
        session.setBanner("Now speaking: " + learner.getNickname());
        // lombok: a @Data-generated setter stores it, the generated getter returns it
        log.info(session.getBanner()); // expect PF003
    }

    public void generatedSetterOfCount(ClassroomSession session, int attendees) {
        session.setAttendees(attendees);
        // silent: a generated setter and getter of a count
        log.info("{} attendees", session.getAttendees());
    }

    public void builder(Learner learner) {
        Notice notice = Notice.builder().roomId(learner.getRoomId()).text("Say hello to " + learner.getNickname()).priority(1).build();
        // lombok: @Builder setters, build() and the generated getter
        log.info(notice.getText()); // expect repeat PF003
    }

    public void builderOfRoom(Learner learner) {
        Notice notice = Notice.builder().roomId(learner.getRoomId()).text("The lesson starts").priority(2).build();
        // silent: the builder's other properties only ever receive room ids and numbers
        log.info("notice for {} at priority {}", notice.getRoomId(), notice.getPriority());
    }

    public void builtEntity(String roomId, String email) {
        Learner learner = Learner.builder().roomId(roomId).email(email).nickname("guest").build();
        // silent: Learner has no toString of its own, so a log prints its class name and a hash
        log.debug("built {}", learner);
        // lombok: what the builder was given, read back through the generated getter
        log.debug("built for {}", learner.getEmail()); // expect repeat PF003
    }

    public void allArgsConstructor(Learner learner) {
        Announcement announcement = new Announcement("Welcome, " + learner.getNickname(), learner.getRoomId());
        // lombok: an @AllArgsConstructor stores it, the generated getter returns it
        log.info(announcement.getText()); // expect repeat PF003
    }

    public void allArgsConstructorOfRoom(Learner learner) {
        Announcement announcement = new Announcement("Welcome", learner.getRoomId());
        // silent: the constructor's other parameter only ever receives room ids
        log.info("announcement in {}", announcement.getRoomId());
    }

    public void requiredArgsConstructor(String roomId, Learner learner) {
        ClassroomSession session = new ClassroomSession(roomId, learner.getNickname());
        // lombok: a @Data (required-args) constructor stores it, the generated getter returns it
        log.info("taught by {}", session.getTeacherNickname()); // expect PF003
    }

    public void generatedToString(ClassroomSession session) {
        // lombok: the generated toString() prints every field, the teacher's nickname included
        log.info("session " + session.toString()); // expect repeat PF003
    }

    public void printedByItsGeneratedToString(ClassroomSession session) {
        // lombok: the object itself, logged, is printed by the same generated toString()
        log.info("session {}", session); // expect PF003
    }

    public void generatedEquals(ClassroomSession first, ClassroomSession second) {
        // silent: the generated equals() answers yes or no
        log.info("same session: {}", first.equals(second));
    }

    public void clip(RecordingClip clip) {
        // lombok: a @Value getter of a @PersonalData(generated-content) type, logged: the wrong processor too
        log.warn("clip {} failed", clip.getObjectKey()); // expect PF005
    }

    public void export(Learner learner) throws IOException {
        // lombok: a generated getter into a file
        Files.writeString(exportDir.resolve("learners.txt"), learner.getEmail()); // expect PF005
    }
}
