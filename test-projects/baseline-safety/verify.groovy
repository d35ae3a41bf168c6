// The baseline goal never loses a user's file, and every report tells new findings from baselined
// ones. Five invocations (see invoker.properties); build.log holds them all.
import groovy.json.JsonSlurper
import io.github.privacyflow.fixture.ExpectationMarkers

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('privacyflow') }
assert runs.size() == 5 : "expected 5 invocations, found ${runs.size()}"
runs.each { assert !(it =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack trace was printed' }

// The user's files are as they were committed, byte for byte, and nothing was left beside them.
['pom.xml', 'privacyflow-baseline.json'].each {
    assert new File(basedir, it).bytes == new File(basedir, "pristine/$it").bytes : "$it was changed"
}
assert basedir.listFiles().findAll { it.name.endsWith('.tmp') }.isEmpty() : 'a temporary file was left'

// 1: nothing analysed after clean: refused in one line, before any analysis.
def refusal = 'privacyflow: nothing was analysed (no compiled classes in target/classes), so there are no findings to ' +
        'accept; privacyflow-baseline.json was left as it was. Build first: mvn verify privacyflow:baseline'
assert runs[0].count(refusal) == 1 : runs[0]
assert !runs[0].contains('is the module compiled?') : 'the analysis ran after all, and warned'
assert !runs[0].contains('findings recorded in')
assert runs[0].contains('BUILD FAILURE')

// 2: the POM is not a baseline.
def pom = new File(basedir, 'pom.xml').canonicalPath
assert runs[1].count("privacyflow: ${pom}: not a privacyflow baseline (not JSON: line 1); privacyflow:baseline replaces only " +
        'its own files, so it is left as it was') == 1 : runs[1]
assert runs[1].contains('BUILD FAILURE')

// 3: everything is reported, each console line once (the IDE build API must not log a second copy).
def third = File.createTempFile('privacyflow-third-run', '.log')
third.text = runs[2]
def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), third.toPath())
assert differences.isEmpty() : "run 3: findings differ from the markers: ${differences}"
def findingLines = runs[2].readLines().findAll { it =~ /\] PF00\d [a-z-]+: / }
assert findingLines.size() == 2 && findingLines.toSet().size() == 2 : findingLines
assert runs[2].contains('privacyflow: 1 error, 1 warning in 1 class')

// 4: against the baseline only the new warning is printed; the summary counts new and baselined apart.
assert runs[3] =~ /Learner\.java:\[11,20\] PF002/
assert !(runs[3] =~ /\] PF001 sensitive-data/) : 'a baselined finding must not be printed again'
assert runs[3].contains('stale baseline entry PF002 src/main/java/org/example/classroom/Learner.java org.example.classroom.Learner#phoneNumber')
assert runs[3].contains('privacyflow: new: 0 errors, 1 warning; baselined: 1 error, 0 warnings; no longer found: 1 in 1 class')
assert runs[3].contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/privacyflow')
def sarif = new JsonSlurper().parse(new File(reports, 'privacyflow.sarif'))
def states = sarif.runs[0].results.collectEntries { [(it.ruleId): it.baselineState] }
assert states == [PF001: 'unchanged', PF002: 'new'] : states
assert sarif.runs[0].properties.privacyflowBaseline == 'privacyflow-baseline.json'

def json = new JsonSlurper().parse(new File(reports, 'privacyflow.json'))
assert json.summary.errors == 1 && json.summary.warnings == 1
assert json.summary.new == [errors: 0, warnings: 1]
assert json.summary.baselined == [errors: 1, warnings: 0]
assert json.summary.absent == 1
assert json.findings.collectEntries { [(it.ruleId): it.baselineState] } == [PF001: 'unchanged', PF002: 'new']
assert json.baseline.file == 'privacyflow-baseline.json'
assert json.baseline.absent*.element == ['org.example.classroom.Learner#phoneNumber']

def html = new File(reports, 'privacyflow.html').text
assert html.contains('<span class="verdict warn">1 new warning \u00b7 1 baselined</span>')
assert html.contains('Baseline entries no longer found (1)')

// 5: check reading the POM as a baseline fails in one line and leaves it (checked above).
assert runs[4].count("${pom}:1: not a privacyflow baseline (malformed JSON)") == 1 : runs[4]
assert runs[4].contains('BUILD FAILURE')
