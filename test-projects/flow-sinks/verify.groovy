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
def recipientsLog = log.find(/MailSinks\.java:\[179,\d+\] PF003[^\n]*/)
if (recipientsLog == null || !recipientsLog.contains('logged again in the same method, with the invalid recipient addresses of a mail')) {
    throw new AssertionError("MailSinks.java:179 does not name the refused addresses logged after it: " + recipientsLog)
}
