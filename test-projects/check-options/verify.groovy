// The check goal's parameters, one invocation each (see invoker.properties). maven-invoker-plugin
// appends every invocation to build.log; each starts with Maven's "Scanning for projects".
import io.github.privacyflow.fixture.ExpectationMarkers

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('privacyflow') }
assert runs.size() == 9 : "expected 9 invocations, found ${runs.size()}"

def first = File.createTempFile('privacyflow-first-run', '.log')
first.text = runs[0]
def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), first.toPath())
assert differences.isEmpty() : "run 1: findings differ from the markers: ${differences}"
// Enrolment's nested MedicalNote (PF001) and GuardianContact (PF002) are excluded by class name.
assert runs[0].contains('privacyflow: 0 errors, 1 warning in 2 classes') : runs[0]
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].contains('failing on warning (privacyflow.failOnSeverity)')

assert runs[2].contains('privacyflow: 0 errors, 0 warnings in 2 classes')
assert runs[2].contains('BUILD SUCCESS')

assert runs[3].contains('privacyflow: skipped (privacyflow.skip)')
assert runs[3].contains('BUILD SUCCESS')

def policy = new File(basedir, 'broken-policy.yaml').canonicalPath
assert runs[4].contains("[ERROR] ${policy}:4: unknown key 'purpose'") : runs[4]
assert !(runs[4] =~ /(?m)^\s+at [\w$.]+\(/) : 'a malformed policy must not print a stack trace'

assert runs[5].contains("privacyflow.failOnSeverity must be error, warning or never, not 'sometimes'")

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/privacyflow/privacyflow.sarif'))
assert sarif.runs[0].tool.driver.rules.collect { it.helpUri } ==
        (1..10).collect { "https://docs.example.org/privacyflow/PF${String.format('%03d', it)}.html".toString() }

def missing = new File(basedir, 'no-such-policy.yaml').canonicalPath
assert runs[7].contains("[ERROR] ${missing}: the policy file does not exist") : runs[7]
assert runs[7].contains("privacyflow: ${missing}: the policy file does not exist -> [Help 1]") : runs[7]
assert !(runs[7] =~ /(?m)^\s+at [\w$.]+\(/) && !runs[7].contains('NoSuchFileException') : 'a missing policy must not print a stack trace'

assert runs[8].contains("privacyflow.helpBaseUrl: 'docs/rules' must be an absolute http or https URL") : runs[8]
