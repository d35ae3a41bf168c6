package io.github.privacyflow.sinks.mail;

import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import org.apache.commons.mail.EmailException;
import org.apache.commons.mail.SimpleEmail;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mail the classroom back end sends: the welcome mail of a new learner (JavaMail), the lesson
 * reminder through the school's relay (Jakarta Mail), the weekly digest (Spring), the certificate
 * of attendance (Commons Email), and a copy of each in the Sent folder. The agreement names no
 * processor for mail, so every flow lacks both a purpose and a permitted processor.
 */
public class MailSinks {

    private static final String SCHOOL_OFFICE = "office@example-school.edu";

    private final Session session;
    private final jakarta.mail.Session relay;
    private final MailSender mailSender;
    private final JavaMailSender javaMailSender;

    public MailSinks(Session session, jakarta.mail.Session relay, MailSender mailSender, JavaMailSender javaMailSender) {
        this.session = session;
        this.relay = relay;
        this.mailSender = mailSender;
        this.javaMailSender = javaMailSender;
    }

    public void sendWelcome(Learner learner) throws MessagingException {
        MimeMessage welcome = new MimeMessage(session);
        welcome.setFrom(new InternetAddress(SCHOOL_OFFICE));
        welcome.setRecipient(Message.RecipientType.TO, new InternetAddress(learner.getEmail()));
        welcome.setSubject("Welcome to your live classes");
        welcome.setText("Your rooms are listed on your home page.");
        welcome.setSentDate(new Date());
        Transport.send(welcome); // expect PF005
        keepInSentFolder(welcome);
    }

    /** The mailbox on the IMAP server keeps what the school sent. */
    private void keepInSentFolder(Message sent) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect();
        Folder folder = store.getFolder("Sent");
        folder.appendMessages(new Message[] {sent}); // expect repeat PF005
        store.close();
    }

    public void sendReminder(Learner learner, LiveRoom room) throws jakarta.mail.MessagingException {
        jakarta.mail.internet.MimeMessage reminder = new jakarta.mail.internet.MimeMessage(relay);
        reminder.setFrom(new jakarta.mail.internet.InternetAddress(SCHOOL_OFFICE));
        reminder.addRecipient(jakarta.mail.Message.RecipientType.TO, new jakarta.mail.internet.InternetAddress(learner.getEmail()));
        reminder.setSubject(room.getTitle() + " starts in 15 minutes");
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Hi " + learner.getNickname() + ", your class starts soon.", "UTF-8");
        jakarta.mail.internet.MimeMultipart body = new jakarta.mail.internet.MimeMultipart();
        body.addBodyPart(text);
        reminder.setContent(body);
        try (jakarta.mail.Transport transport = relay.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(reminder, reminder.getAllRecipients()); // expect PF005
        }
    }

    public void sendDigest(Learner learner, int minutesAttended) {
        SimpleMailMessage digest = new SimpleMailMessage();
        digest.setFrom(SCHOOL_OFFICE);
        digest.setTo(learner.getEmail());
        digest.setSubject("Your week in class");
        digest.setText("You attended " + minutesAttended + " minutes of live classes this week.");
        mailSender.send(digest); // expect repeat PF005
    }

    public void sendParentsEveningInvitation(Learner learner, String eveningDate) throws jakarta.mail.MessagingException {
        MimeMessageHelper invitation = new MimeMessageHelper(javaMailSender.createMimeMessage(), "UTF-8");
        invitation.setFrom(SCHOOL_OFFICE);
        invitation.setTo(learner.getEmail());
        invitation.setSubject("Parents' evening on " + eveningDate);
        invitation.setText("Please book a slot with your child's teachers.");
        javaMailSender.send(invitation.getMimeMessage()); // expect repeat PF005
    }

    /** The preparator fills the message when Spring sends it; the lambda holds the learner. */
    public void sendHomeworkNotice(Learner learner, String subject) {
        javaMailSender.send(mimeMessage -> { // expect PF005
            MimeMessageHelper notice = new MimeMessageHelper(mimeMessage);
            notice.setTo(learner.getEmail());
            notice.setSubject("New homework in " + subject);
        });
    }

    public String sendCertificate(Learner learner, LiveRoom room) throws EmailException {
        SimpleEmail certificate = new SimpleEmail();
        certificate.setHostName("smtp.example-school.edu");
        certificate.setFrom(SCHOOL_OFFICE);
        certificate.addTo(learner.getEmail(), learner.getNickname());
        certificate.setSubject("Certificate of attendance: " + room.getTitle());
        certificate.setMsg("Attached is your certificate.");
        return certificate.send(); // expect repeat PF005
    }

    /** A room announcement to the school office: a room's name and seats are nobody's data. */
    public void announceRoom(LiveRoom room) throws MessagingException {
        MimeMessage announcement = new MimeMessage(session);
        announcement.setFrom(new InternetAddress(SCHOOL_OFFICE));
        announcement.setRecipient(Message.RecipientType.TO, new InternetAddress(SCHOOL_OFFICE));
        announcement.setSubject("New room: " + room.getTitle());
        MimeBodyPart seats = new MimeBodyPart();
        seats.setText(room.getSeats() + " seats");
        MimeMultipart body = new MimeMultipart();
        body.addBodyPart(seats);
        announcement.setContent(body);
        Transport.send(announcement);
        SimpleMailMessage copy = new SimpleMailMessage();
        copy.setTo(SCHOOL_OFFICE);
        copy.setSubject("New room: " + room.getTitle());
        javaMailSender.send(copy);
    }

    /** Reading the inbox sends nothing. */
    public int unreadReplies() throws MessagingException {
        Store store = session.getStore("imap");
        store.connect();
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        int unread = inbox.getUnreadMessageCount();
        store.close();
        return unread;
    }

    /** A preview of the welcome mail for the teacher's page: built, never sent. */
    public String previewWelcome(Learner learner) throws MessagingException, java.io.IOException {
        MimeMessage preview = new MimeMessage(session);
        preview.setRecipients(Message.RecipientType.TO, InternetAddress.parse(learner.getEmail()));
        preview.setText("Your rooms are listed on your home page.");
        return preview.getContent().toString();
    }

    public Properties smtpSettings() {
        return session.getProperties();
    }

    /** A failed send names the recipients it did not reach: logging them logs people's addresses. */
    public void resend(MimeMessage message) throws MessagingException {
        try {
            Transport.send(message);
        } catch (javax.mail.SendFailedException failed) {
            System.out.println("not delivered to " + java.util.Arrays.toString(failed.getValidUnsentAddresses())); // expect PF003
            System.out.println("not delivered: " + failed.getMessage());
        }
    }

    /**
     * What a learner typed as a guest's address: the method itself reads the text as an e-mail
     * address, so logging the text it could not read logs that address. The room's name, which
     * nothing parses as an address, is no one's.
     */
    public Optional<InternetAddress> guestAddress(String typed, String roomName) {
        try {
            return Optional.of(new InternetAddress(typed));
        } catch (javax.mail.internet.AddressException badlyFormed) {
            System.out.println("not an address: " + typed + " for room " + roomName); // expect PF003
            System.out.println("room " + roomName);
            return Optional.empty();
        }
    }

    /**
     * The wiki library's mail helper sends what it is given through JavaMail: handing it a
     * learner's address sends mail to them, as a direct Transport.send would.
     */
    public void notifyThroughWikiHelper(Learner learner, Properties settings) throws MessagingException {
        org.apache.wiki.util.MailUtil.sendMessage(settings, learner.getEmail(), "Your account", "Welcome"); // expect repeat PF005
    }

    /**
     * A commerce framework's mail service renders a template and hands the mail, through its
     * MessageCreator, to Spring's JavaMailSender: the address it is given is mailed to, though the
     * program only calls the interface and the send is three calls deep in the framework's jar.
     */
    public void notifyThroughFrameworkService(org.broadleafcommerce.common.email.service.EmailService emailService,
            Learner learner) {
        emailService.sendTemplateEmail(learner.getEmail(), new org.broadleafcommerce.common.email.service.info.EmailInfo(), // expect repeat PF005
                new java.util.HashMap<>());
    }

    /** The same framework's tracking manager only keeps the address in its own tables: nothing is sent. */
    public Long trackThroughFrameworkService(org.broadleafcommerce.common.email.service.EmailTrackingManager tracking,
            Learner learner) {
        return tracking.createTrackedEmail(learner.getEmail(), "welcome", null);
    }

    /**
     * A bounce names the original message's addressees by its headers: the To header holds
     * people's addresses, the Subject and Message-ID do not name anyone.
     */
    public void explainBounce(MimeMessage original) throws MessagingException {
        String[] to = original.getHeader("To");
        if (to != null) {
            for (String addressee : to) {
                System.out.println("bounced for " + addressee); // expect PF003
            }
        }
        System.out.println("subject " + java.util.Arrays.toString(original.getHeader("Subject")));
        System.out.println("id " + java.util.Arrays.toString(original.getHeader("Message-ID")));
    }

    /**
     * A failed send's addresses are parts of the message's recipients: logging the recipients,
     * then the refused ones, then the ones still to try, logs the recipients once (one finding,
     * naming what the later lines add).
     */
    public void reportFailure(MimeMessage message) throws MessagingException {
        try {
            Transport.send(message);
        } catch (javax.mail.SendFailedException failed) {
            System.out.println("recipients: " + java.util.Arrays.toString(message.getAllRecipients())); // expect PF003
            System.out.println("refused: " + java.util.Arrays.toString(failed.getInvalidAddresses())); // expect repeat PF003
            System.out.println("still to try: " + java.util.Arrays.toString(failed.getValidUnsentAddresses())); // expect repeat PF003
        }
    }
    /**
     * A mail provider's own exception names the refused address (com.sun.mail.smtp's
     * SMTPAddressFailedException#getAddress), which a bounce handler reads by reflection so as
     * not to depend on the provider: the value it casts to an InternetAddress is an address. The
     * school office's address, built here and only cast back to its own type, is nobody's, and
     * neither is an address read from the configuration.
     */
    public void explainRefusal(MessagingException failure, Properties settings) throws MessagingException,
            ReflectiveOperationException {
        Object refused = failure.getClass().getMethod("getAddress").invoke(failure);
        System.out.println("refused: " + (InternetAddress) refused); // expect PF003
        javax.mail.Address office = new InternetAddress(SCHOOL_OFFICE);
        System.out.println("office: " + (InternetAddress) office);
        // The bounce address the school configured is its own, whatever type it is cast to.
        System.out.println("bounces go to: " + (InternetAddress) settings.get("mail.bounce.address"));
    }
}
