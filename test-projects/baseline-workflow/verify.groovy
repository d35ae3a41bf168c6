// The baseline round trip across five invocations (see invoker.properties); build.log holds them all.
import io.github.privacyflow.fixture.ExpectationMarkers

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('privacyflow') }
assert runs.size() == 5 : "expected 5 invocations, found ${runs.size()}"

assert runs[0].contains('privacyflow: 1 findings recorded in')

// Only the new warnings are printed and fail the build; the accepted error is counted, not printed.
assert runs[1] =~ /Attendee\.java:\[11,20\] PF002/
assert runs[1] =~ /Attendee\.java:\[13,20\] PF002/
assert !(runs[1] =~ /\] PF001 sensitive-data/) : 'a baselined finding must not be reported again'
assert runs[1].contains('privacyflow: new: 0 errors, 2 warnings; baselined: 1 error, 0 warnings; no longer found: 0 in')
assert runs[1].contains('BUILD FAILURE')

assert runs[2].contains('privacyflow: 3 findings recorded in')
assert runs[3].findAll(/stale baseline entry PF002 src\/main\/java\/org\/example\/classroom\/Attendee\.java/).size() == 2
assert runs[3].contains('privacyflow: new: 0 errors, 0 warnings; baselined: 1 error, 0 warnings; no longer found: 2 in')
assert runs[3].contains('BUILD SUCCESS')

def last = File.createTempFile('privacyflow-last-run', '.log')
last.text = runs[4]
def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), last.toPath())
assert differences.isEmpty() : "run 5: findings differ from the markers: ${differences}"

def baseline = new File(basedir, 'privacyflow-baseline.json').text
assert baseline.contains('"element" : "org.example.classroom.Attendee#email"') && !baseline.contains('"line"')
