// privacyflow:aggregate writes one report for the reactor: its findings must be exactly the
// markers of both modules, once each, with paths relative to the reactor root.
import groovy.json.JsonSlurper
import io.github.privacyflow.fixture.Expectation
import io.github.privacyflow.fixture.ExpectationMarkers

def reports = new File(basedir, 'target/privacyflow')
def json = new JsonSlurper().parse(new File(reports, 'privacyflow.json'))
def reported = json.findings.collectMany { ExpectationMarkers.reportedFinding(it.file, it.line ?: 0, it.ruleId, it.repeatLines ?: []) }.sort()
def differences = ExpectationMarkers.compare(ExpectationMarkers.expected(basedir.toPath()), reported)
assert differences.isEmpty() : "aggregated findings differ from the markers:\n  " + differences.join("\n  ")
assert reported.any { it.file().startsWith('classroom-core/') } && reported.any { it.file().startsWith('classroom-web/') }

def sarif = new JsonSlurper().parse(new File(reports, 'privacyflow.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.size() == json.findings.size() : "the aggregated SARIF must hold each finding once"
assert uris.every { it.startsWith('classroom-core/') || it.startsWith('classroom-web/') } : uris

def map = new File(reports, 'data-map.md').text
assert map.contains('`Learner.nickname`') && map.contains('classroom-core/src/main/java/')
assert new File(reports, 'privacyflow.html').isFile()
