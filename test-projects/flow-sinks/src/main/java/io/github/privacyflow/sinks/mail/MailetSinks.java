package io.github.privacyflow.sinks.mail;

import io.github.privacyflow.sinks.model.Learner;
import java.util.List;
import javax.mail.internet.MimeMessage;
import org.apache.james.core.MailAddress;
import org.apache.james.queue.api.MailQueue;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;

/**
 * The classroom's own mail server extension, written against the Apache Mailet API: it sends
 * learners notices, forwards replies and spools mail for later delivery. No processor of the
 * agreement receives mail or a message broker, so each flow is PF005.
 */
public class MailetSinks {

    private final MailetContext context;
    private final MailQueue spool;

    public MailetSinks(MailetContext context, MailQueue spool) {
        this.context = context;
        this.spool = spool;
    }

    public void noticeTo(Learner learner, MimeMessage notice) throws Exception {
        MailAddress address = new MailAddress(learner.getEmail());
        // the address the program declares is named, not the library type it is wrapped in
        context.sendMail(MailAddress.nullSender(), List.of(address), notice); // expect PF005
    }

    public void forward(MailAddress replyTo, MimeMessage reply) throws Exception {
        // an address object is a person's identity, whatever it is called
        context.sendMail(null, List.of(replyTo), reply); // expect PF005
    }

    public void answer(Mail received, MimeMessage answer) throws Exception {
        // the envelope's sender, read from the received mail
        context.sendMail(null, List.of(received.getMaybeSender().get()), answer); // expect PF005
    }

    public void later(Mail mail, Learner learner) throws Exception {
        mail.setRecipients(List.of(new MailAddress(learner.getEmail())));
        spool.enQueue(mail); // expect PF005
    }

    public void undeliverable(Mail mail, Learner learner) throws Exception {
        mail.setRecipients(List.of(new MailAddress(learner.getEmail())));
        // silent: a mail's name is the key the server gave it, and a domain names a mail host
        System.out.println("bouncing " + mail.getName());
        System.out.println("no mail host for " + mail.getRecipients().iterator().next().getDomain());
    }

    public void filed(Mail mail, Learner learner) throws Exception {
        mail.setRecipients(List.of(new MailAddress(learner.getEmail())));
        // silent: the MIME message is not the envelope, and its Message-ID and content type name no one
        System.out.println("filed " + mail.getMessage().getMessageID() + " (" + mail.getMessage().getContentType() + ")");
    }

    public void retry(Mail mail) throws Exception {
        // silent: nothing known about this mail is personal
        spool.enQueue(mail);
        context.bounce(mail, "mailbox full");
    }
}
