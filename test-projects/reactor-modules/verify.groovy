// Each module reports exactly the findings in its own code, once: a flow into an upstream
// module's sink is reported at the module's own call into that code, with the path going on into
// the upstream method. The aggregate holds each finding once; a -T 2 build writes the same reports.
import groovy.json.JsonSlurper
import io.github.privacyflow.fixture.Expectation
import io.github.privacyflow.fixture.ExpectationMarkers

def slurper = new JsonSlurper()
def findingsOf = { File report, String prefix ->
    slurper.parse(report).findings.collectMany {
        ExpectationMarkers.reportedFinding(prefix + it.file, it.line ?: 0, it.ruleId, it.repeatLines ?: [])
    }.sort()
}

for (module in ['core', 'service', 'web']) {
    def root = new File(basedir, module)
    def reported = findingsOf(new File(root, 'target/privacyflow/privacyflow.json'), '')
    def differences = ExpectationMarkers.compare(ExpectationMarkers.expected(root.toPath()), reported)
    assert differences.isEmpty() : "${module}'s report differs from its markers:\n  " + differences.join("\n  ")
    def sarif = slurper.parse(new File(root, 'target/privacyflow/privacyflow.sarif'))
    def findingCount = slurper.parse(new File(root, 'target/privacyflow/privacyflow.json')).findings.size()
    assert sarif.runs[0].results.size() == findingCount : "${module}: one SARIF result per finding"
    sarif.runs[0].results.each { result ->
        def uri = result.locations[0].physicalLocation.artifactLocation.uri
        assert uri.startsWith("${module}/") || !uri.contains('/../') : "${module} reports only its own code: ${uri}"
    }
}

// The web module's flow into the core sink goes through the service module, and its path says so.
def web = slurper.parse(new File(basedir, 'web/target/privacyflow/privacyflow.json'))
def throughService = web.findings.find { it.line == 14 }
assert throughService != null
assert throughService.path.any { it.file.endsWith('EnrolmentService.java') } : throughService.path
assert throughService.path.last().file.endsWith('AuditLog.java') : throughService.path

// The aggregate: every marker of the reactor, once.
def aggregated = findingsOf(new File(basedir, 'target/privacyflow/privacyflow.json'), '')
def all = ExpectationMarkers.compare(ExpectationMarkers.expected(basedir.toPath()), aggregated)
assert all.isEmpty() : "the aggregate differs from the markers:\n  " + all.join("\n  ")

// mvn -T 2 writes the same reports as the serial build.
for (module in ['core', 'service', 'web']) {
    for (name in ['privacyflow.json', 'privacyflow.sarif']) {
        def serial = new File(basedir, "${module}/target/privacyflow/${name}").text
        def parallel = new File(basedir, "${module}/target/privacyflow-parallel/${name}").text
        assert serial == parallel : "${module}/${name} differs between the serial and the -T 2 build"
    }
}
def log = new File(basedir, 'build.log').text
assert !log.contains('Exception') : 'no stack trace'
