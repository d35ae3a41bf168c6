package io.github.privacyflow.demo.participant;

import io.github.privacyflow.annotations.PersonalData;
import io.github.privacyflow.annotations.Sensitive;
import java.time.LocalDate;

/** The roster entry a teacher sees for a student of the class. */
@PersonalData(category = "user-interaction")
public class StudentProfile {

    private final String studentNumber;

    private final String realName;

    private String nickname;

    private String avatarUrl;

    private LocalDate birthDate;

    private String className;

    private String idCardNumber; // expect PF001

    @Sensitive(kind = "helth") // expect PF008
    private String learningSupportPlan; // expect PF001

    public StudentProfile(String studentNumber, String realName, String className, String idCardNumber) {
        this.studentNumber = studentNumber;
        this.realName = realName;
        this.className = className;
        this.idCardNumber = idCardNumber;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getRealName() {
        return realName;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getClassName() {
        return className;
    }

    public String getIdCardNumber() {
        return idCardNumber;
    }

    public void setIdCardNumber(String idCardNumber) {
        this.idCardNumber = idCardNumber;
    }

    public String getLearningSupportPlan() {
        return learningSupportPlan;
    }

    public void setLearningSupportPlan(String learningSupportPlan) {
        this.learningSupportPlan = learningSupportPlan;
    }
}
