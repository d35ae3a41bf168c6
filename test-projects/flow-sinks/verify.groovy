// Compares the findings this build printed with the project's // expect markers, exactly
// (SPEC §7): a missing finding and an unmarked one both fail, as does a stack trace.
import io.github.privacyflow.fixture.ExpectationMarkers

def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), new File(basedir, 'build.log').toPath())
if (!differences.isEmpty()) {
    throw new AssertionError("findings differ from the // expect markers:\n  " + differences.join("\n  "))
}

// A failed send's refused addresses fold into the log of the message's recipients in the same
// method (MailSinks.reportFailure), whose message names them, so no datum goes unnamed.
def log = new File(basedir, 'build.log').text
def mailSinks = new File(basedir, 'src/main/java/io/github/privacyflow/sinks/mail/MailSinks.java').readLines()
def recipientsLine = mailSinks.findIndexOf { it.contains('"recipients: "') } + 1
def recipientsLog = log.find(/MailSinks\.java:\[${recipientsLine},\d+\] PF003[^\n]*/)
if (recipientsLog == null || !recipientsLog.contains('logged again in the same method, with the invalid recipient addresses of a mail')) {
    throw new AssertionError("MailSinks.java:" + recipientsLine + " does not name the refused addresses logged after it: " + recipientsLog)
}
