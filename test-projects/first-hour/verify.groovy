// The README's "Use it in your project" works as written: this project holds every XML snippet
// of that section, the three commands it gives succeed, and the reports are where it says. The
// GitHub Actions workflow in docs/ builds the plugin with the README's command, runs mvn verify
// and uploads the SARIF file the build writes.
import io.github.privacyflow.fixture.ExpectationMarkers
import org.snakeyaml.engine.v2.api.Load
import org.snakeyaml.engine.v2.api.LoadSettings

def repository = new File(basedir, '../../../..').canonicalFile
def readme = new File(repository, 'README.md').getText('UTF-8')
def section = readme.substring(readme.indexOf('## Use it in your project'), readme.indexOf('## Layout'))
def squeeze = { String xml -> xml.replaceAll(/<!--.*?-->/, '').replaceAll(/\s+/, '') }
def pom = squeeze(new File(basedir, 'pom.xml').getText('UTF-8'))
def snippets = (section =~ /(?s)```xml\n(.*?)```/).collect { it[1] }
assert snippets.size() == 4 : "expected the README's four XML snippets, found ${snippets.size()}"
snippets.each { assert pom.contains(squeeze(it)) : "the README's snippet is not in the first-hour pom:\n${it}" }
assert section.contains('mvn -B -ntp install -DskipTests -Dinvoker.skip')
assert section.contains('maven-site-plugin 3.20.0 or later')

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('privacyflow') }
assert runs.size() == 3 : "expected 3 invocations, found ${runs.size()}"
def first = File.createTempFile('privacyflow-first-hour', '.log')
first.text = runs[0]
def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), first.toPath())
assert differences.isEmpty() : "findings differ from the // expect markers:\n  " + differences.join("\n  ")
runs.each { assert it.contains('BUILD SUCCESS') : it }

// Every report the README's table names.
def table = (section =~ /\| `(target\/[^`]+)` \|/).collect { it[1] }
assert table == ['target/privacyflow/privacyflow.html', 'target/privacyflow/privacyflow.sarif',
        'target/privacyflow/privacyflow.json', 'target/privacyflow/data-map.md', 'target/site/privacyflow.html']
table.each { assert new File(basedir, it).isFile() : "the README names ${it}, which the build did not write" }

// The workflow: valid YAML whose steps use the README's build command, mvn verify, and upload
// the file the check writes, also after a failed check.
def workflowFile = new File(repository, 'docs/github-actions/privacyflow.yml')
def workflow = new Load(LoadSettings.builder().build()).loadFromString(workflowFile.getText('UTF-8'))
assert workflow.permissions['security-events'] == 'write'
def steps = workflow.jobs.privacyflow.steps
def runsOf = steps.findAll { it.run }.collect { it.run }
assert runsOf.any { it.contains('git clone --depth 1 https://github.com/privacyflow/privacyflow.git') }
assert runsOf.any { it.contains('install -DskipTests -Dinvoker.skip') }
assert runsOf.any { it.trim() == 'mvn -B -ntp verify' }
def upload = steps.find { "${it.uses}".startsWith('github/codeql-action/upload-sarif@') }
assert upload != null && upload['if'].contains('always()')
assert new File(basedir, upload.with.sarif_file).isFile() : "the workflow uploads ${upload.with.sarif_file}, which the build did not write"
assert upload['if'].contains("hashFiles('${upload.with.sarif_file}')")
