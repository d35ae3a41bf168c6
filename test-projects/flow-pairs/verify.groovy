// The paired flow suite (issue 11): compares the findings this build printed with the // expect
// markers, exactly (SPEC §7), after writing the per-cause score that the README's table quotes.
// The score is printed and written to target/flow-pairs-score.md, so a run of an engine that
// still fails the comparison is still a measurement.
import io.github.privacyflow.fixture.ExpectationMarkers

def root = basedir.toPath()
def buildLog = new File(basedir, 'build.log').toPath()
def expected = ExpectationMarkers.expected(root)
def logLines = java.nio.file.Files.readAllLines(buildLog)
def reported = ExpectationMarkers.reported(root, logLines)

// The data each finding names ("personal data Student.email of ...") and the files its path steps
// cite, by file and line of the finding. A hit that names only a holder ("Student instance") came
// from a coarse label, and a hit whose path runs through another pair's class came from a store
// made elsewhere: in both the line is right but not the report (SPEC §3: the data named reaches the
// sink on the path shown). The score counts those hits apart.
def absoluteRoot = root.toAbsolutePath().normalize()
def relative = { String path -> absoluteRoot.relativize(java.nio.file.Path.of(path).toAbsolutePath().normalize()).toString().replace('\\', '/') }
def named = [:]
def pathFiles = [:]
def current = null
logLines.each { raw ->
    def line = raw.replaceAll('\u001B\\[[;\\d]*m', '')
    def finding = line =~ /^\[(?:ERROR|WARNING)] (.+?):\[(\d+)(?:,\d+)?] PF\d{3} [a-z-]+: personal data (.+?) of /
    def step = line =~ /^\[(?:ERROR|WARNING)]\s+\d+\. .*\s(\S+\.java):\[\d+/
    if (finding.find()) {
        current = relative(finding.group(1)) + ':' + finding.group(2)
        named[current] = finding.group(3)
        pathFiles[current] = []
    } else if (current != null && step.find()) {
        pathFiles[current] << relative(step.group(1))
    } else {
        current = null
    }
}

// A pair is src/main/java/pairs/<cause>/<Name>Insecure.java and <Name>Secure.java: the insecure
// class carries exactly one // expect PF003, its twin none. Checked first, so that a pair edited
// out of shape fails here rather than skewing the score.
def sourceRoot = new File(basedir, 'src/main/java/pairs')
def shape = []
def pairs = new TreeMap<String, List<String>>()
sourceRoot.eachDir { causeDir ->
    causeDir.eachFileMatch(~/.*Insecure\.java/) { insecure ->
        def name = insecure.name - 'Insecure.java'
        def secure = new File(causeDir, name + 'Secure.java')
        def insecurePath = 'src/main/java/pairs/' + causeDir.name + '/' + insecure.name
        def securePath = 'src/main/java/pairs/' + causeDir.name + '/' + secure.name
        def insecureMarkers = expected.findAll { it.file() == insecurePath }
        if (!secure.isFile()) {
            shape << "no secure twin for ${insecurePath}"
        } else if (expected.any { it.file() == securePath }) {
            shape << "a secure twin carries a marker: ${securePath}"
        }
        if (insecureMarkers.size() != 1 || insecureMarkers[0].ruleId() != 'PF003') {
            shape << "${insecurePath} needs exactly one // expect PF003, has ${insecureMarkers}"
        }
        pairs.computeIfAbsent(causeDir.name) { [] } << name
    }
}
def strays = expected.findAll { !(it.file() =~ /^src\/main\/java\/pairs\/[a-z]+\/[A-Za-z]+Insecure\.java$/) }
strays.each { shape << "marker outside an insecure class: ${it}" }
if (!shape.isEmpty()) {
    throw new AssertionError("flow-pairs is out of shape:\n  " + shape.join("\n  "))
}

def table = new StringBuilder()
table << '| cause | pairs | insecure reported (recall) | of those, naming only a holder | of those, path through another pair | secure reported (false alarms) |\n'
table << '|---|---:|---:|---:|---:|---:|\n'
int allPairs = 0, allFound = 0, allCoarse = 0, allAstray = 0, allFalse = 0
def missed = [], coarseHits = [], astrayHits = [], alarms = []
pairs.each { cause, names ->
    int found = 0, coarse = 0, astray = 0, falseAlarms = 0
    names.each { name ->
        def prefix = 'src/main/java/pairs/' + cause + '/' + name
        def marker = expected.find { it.file() == prefix + 'Insecure.java' }
        if (reported.contains(marker)) {
            found++
            def key = marker.file() + ':' + marker.line()
            def data = named[key]
            if (data != null && !data.contains('.')) {
                coarse++
                coarseHits << "${cause}.${name} (${data})"
            }
            def others = (pathFiles[key] ?: []).findAll {
                it =~ /^src\/main\/java\/pairs\/[a-z]+\/[A-Za-z]+(Insecure|Secure)\.java$/ && it != marker.file()
            }.unique()
            if (!others.isEmpty()) {
                astray++
                astrayHits << "${cause}.${name} (via ${others.join(', ')})"
            }
        } else {
            missed << "${cause}.${name}"
        }
        if (reported.any { it.file() == prefix + 'Secure.java' }) {
            falseAlarms++
            alarms << "${cause}.${name}"
        }
    }
    allPairs += names.size(); allFound += found; allCoarse += coarse; allAstray += astray; allFalse += falseAlarms
    table << "| ${cause} | ${names.size()} | ${found}/${names.size()} | ${coarse} | ${astray} | ${falseAlarms}/${names.size()} |\n"
}
table << "| **all** | **${allPairs}** | **${allFound}/${allPairs}** | **${allCoarse}** | **${allAstray}** | **${allFalse}/${allPairs}** |\n"
def elsewhere = reported.findAll { !(it.file() =~ /^src\/main\/java\/pairs\/[a-z]+\/[A-Za-z]+(Insecure|Secure)\.java$/) }
def extraInInsecure = reported.findAll { it.file().endsWith('Insecure.java') && !expected.contains(it) }
def score = table.toString() +
        "\nmissed (insecure not reported): ${missed.join(', ') ?: 'none'}\n" +
        "reported naming only a holder: ${coarseHits.join(', ') ?: 'none'}\n" +
        "reported with a path through another pair's class: ${astrayHits.join(', ') ?: 'none'}\n" +
        "false alarms (secure reported): ${alarms.join(', ') ?: 'none'}\n" +
        "other unmarked findings in insecure classes: ${extraInInsecure.join(', ') ?: 'none'}\n" +
        "findings outside the pairs: ${elsewhere.join(', ') ?: 'none'}\n"
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/flow-pairs-score.md').setText(score, 'UTF-8')
println score

def differences = ExpectationMarkers.verifyBuildLog(root, buildLog)
if (!differences.isEmpty()) {
    throw new AssertionError("findings differ from the // expect markers:\n  " + differences.join("\n  "))
}
