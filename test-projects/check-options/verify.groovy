// The check goal's parameters, one invocation each (see invoker.properties). maven-invoker-plugin
// appends every invocation to build.log; each starts with Maven's "Scanning for projects".
import io.github.privacyflow.fixture.ExpectationMarkers

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('privacyflow') }
assert runs.size() == 6 : "expected 6 invocations, found ${runs.size()}"

def first = File.createTempFile('privacyflow-first-run', '.log')
first.text = runs[0]
def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), first.toPath())
assert differences.isEmpty() : "run 1: findings differ from the markers: ${differences}"
assert runs[0].contains('privacyflow: 0 errors, 1 warning in 1 class')
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].contains('failing on warning (privacyflow.failOnSeverity)')

assert runs[2].contains('privacyflow: 0 errors, 0 warnings in 1 class')
assert runs[2].contains('BUILD SUCCESS')

assert runs[3].contains('privacyflow: skipped (privacyflow.skip)')
assert runs[3].contains('BUILD SUCCESS')

def policy = new File(basedir, 'broken-policy.yaml').canonicalPath
assert runs[4].contains("[ERROR] ${policy}:4: unknown key 'purpose'") : runs[4]
assert !(runs[4] =~ /(?m)^\s+at [\w$.]+\(/) : 'a malformed policy must not print a stack trace'

assert runs[5].contains("privacyflow.failOnSeverity must be error, warning or never, not 'sometimes'")
