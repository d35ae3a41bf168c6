// The scale regression test: a real 1,500-class server is checked to the end, inside its time
// limit, with no flow work cut; progress stays within its five-second rhythm.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('ran out of budget') : 'the analysis of tomcat-embed-core must finish without cutting flow work'
assert !log.contains('did not stop at the module') : 'the flow analysis must stop by itself'
def summary = log.readLines().find { it.contains('privacyflow: ') && it.contains(' classes, checked against') }
assert summary != null : 'the check must print its summary line'
def classes = (summary =~ /in (\d+) classes/)[0][1] as int
assert classes > 1400 : "tomcat-embed-core has about 1,500 classes; the check read ${classes}"
assert summary =~ /\(\d+\.\d s\)$/ : "the summary line ends with the total time: ${summary}"

def json = new JsonSlurper().parse(new File(basedir, 'target/privacyflow/privacyflow.json'))
def flows = json.findings.findAll { it.ruleId in ['PF003', 'PF004', 'PF005', 'PF009'] }
assert !flows.isEmpty() : 'a real server that logs user names must have flow findings'
assert flows.every { it.path != null && !it.path.isEmpty() } : 'every flow finding has its path'

// Progress lines, if the module took long enough to print any, come at most every five seconds.
def seconds = log.readLines().findAll { it =~ /privacyflow: \d+ classes read/ }.collect { (it =~ /, (\d+) s$/)[0][1] as int }
assert seconds.every { it >= 5 } : "no progress in the first five seconds: ${seconds}"
seconds.collate(2, 1).findAll { it.size() == 2 }.each { pair ->
    assert pair[1] - pair[0] >= 5 : "progress lines at most every five seconds: ${seconds}"
}
true
