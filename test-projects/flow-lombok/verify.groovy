// Compares the findings this build printed with the project's // expect markers, exactly
// (SPEC §7): a missing finding and an unmarked one both fail, as does a stack trace.
import io.github.privacyflow.fixture.ExpectationMarkers

def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), new File(basedir, 'build.log').toPath())
if (!differences.isEmpty()) {
    throw new AssertionError("findings differ from the // expect markers:\n  " + differences.join("\n  "))
}
