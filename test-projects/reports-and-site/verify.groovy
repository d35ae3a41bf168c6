// The check writes SARIF, JSON and HTML; data-map writes the record of processing activities;
// the site has the privacyflow page. The console findings match the markers.
import groovy.json.JsonSlurper
import io.github.privacyflow.fixture.ExpectationMarkers

def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), new File(basedir, 'build.log').toPath())
assert differences.isEmpty() : "findings differ from the markers:\n  " + differences.join("\n  ")

def reports = new File(basedir, 'target/privacyflow')
['privacyflow.sarif', 'privacyflow.json', 'privacyflow.html', 'data-map.md'].each {
    assert new File(reports, it).isFile() : "missing $it"
}
def json = new JsonSlurper().parse(new File(reports, 'privacyflow.json'))
assert json.findings*.ruleId.sort() == ['PF003', 'PF004', 'PF008']
assert json.findings.find { it.ruleId == 'PF003' }.path.size() >= 2 : 'a flow finding carries its path'
assert json.dataMap.categories*.name.contains('user-interaction')

def map = new File(reports, 'data-map.md').text
assert map.contains('| `HandRaise.nickname` | record component | `src/main/java/org/example/classroom/HandRaise.java:7` | annotation |')
assert map.contains('| analytics | **not permitted** |')

def site = new File(basedir, 'target/site/privacyflow.html')
assert site.isFile() : 'the site has no privacyflow page'
def page = site.text
assert page.contains('PF003 undeclared-purpose') && page.contains('PF004 purpose-not-permitted')
assert page.contains('Data map')
// The site page draws the data map as the HTML report does, with its own style sheet.
assert page.contains('<svg class="datamap"') && page.contains('<g class="dm-bands">') && page.contains('svg.datamap .dm-band{')
assert page.contains('class="dm-band dm-violation"') : 'the analytics flow is drawn as a violation'

// maven-site-plugin 3.21.0 runs the report, so check has nothing to warn about.
assert !new File(basedir, 'build.log').text.contains('needs maven-site-plugin')
