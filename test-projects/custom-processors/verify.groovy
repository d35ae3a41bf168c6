// A policy with processors and sink kinds of its own (see privacyflow-policy.yaml): the findings
// match the // expect markers exactly, the misspelt kind is warned about with file and line, the
// reports name the processors by their titles, and the policy file is left as it was.
import io.github.privacyflow.fixture.ExpectationMarkers

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('privacyflow') }
assert runs.size() == 3 : "expected 3 invocations, found ${runs.size()}"

def first = File.createTempFile('privacyflow-custom-processors', '.log')
first.text = runs[0]
def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), first.toPath())
assert differences.isEmpty() : "findings differ from the // expect markers:\n  " + differences.join("\n  ")
assert runs[0].contains('privacyflow: 2 errors, 0 warnings in 6 classes, checked against "Classroom DPSA with SMS reminders and payments"')

// The misspelt kind never passes silently: both ends of it are warned about, at their lines.
def policy = new File(basedir, 'privacyflow-policy.yaml').canonicalPath
assert runs[0].contains("[WARNING] ${policy}:21: processor 'payment-provider' lists sink kind 'paymnets', which no sink"
        + " has: it is not built in and no entry under sinks: names it (did you mean 'payments'?); add a sink of that"
        + " kind or correct the name") : runs[0]
assert runs[0].contains("[WARNING] ${policy}:25: no processor lists sink kind 'payments' (did you mean 'paymnets'?),"
        + " so personal data reaching org.example.billing.PaymentClient#charge(java.lang.String,long) is always PF005;"
        + " list the kind under the sinks: of the processor that receives it, or correct the name") : runs[0]
assert runs[0].count("no processor lists sink kind 'payments'") == 1 : 'the warning is printed once'

// Every message says how to fix it, and names the processor by its title.
assert runs[0].contains("reaches SmsGateway.send (sms-gateway), handled by tencent-sms (Tencent Cloud SMS), which the"
        + " agreement does not list for generated-content (listed: cloud-object-storage); to fix it,")
assert runs[0].contains("reaches PaymentClient.charge (payments), a sink of kind 'payments' that no processor of the"
        + " agreement receives, which the agreement does not list for user-interaction (listed: tencent-sms,"
        + " payment-provider); to fix it,")

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/privacyflow/privacyflow.json'))
assert json.policy.processors.collect { "${it.name}=${it.title}" } ==
        ['tencent-sms=Tencent Cloud SMS', 'payment-provider=Tenpay', 'cloud-object-storage=Cloud Object Storage']
assert json.policy.sinkKinds.findAll { !it.builtIn }.collect { "${it.name}=${it.title}" } ==
        ['sms-gateway=Tencent Cloud SMS', 'payments=payments', 'paymnets=Tenpay']
def html = new File(basedir, 'target/privacyflow/privacyflow.html').getText('UTF-8')
assert html.contains('>Tencent Cloud SMS</span>') && html.contains('<dt>Own sink kinds</dt>')
def sarif = new File(basedir, 'target/privacyflow/privacyflow.sarif').getText('UTF-8')
assert sarif.contains('handled by tencent-sms (Tencent Cloud SMS)')

// data-map: no formats parameter to ignore, and the processors by title.
assert runs[1].contains('BUILD SUCCESS') : runs[1]
def dataMap = new File(basedir, 'target/privacyflow/data-map.md').getText('UTF-8')
assert dataMap.contains('| tencent-sms (Tencent Cloud SMS) | yes | 2 |') : dataMap
assert dataMap.contains('| tencent-sms (Tencent Cloud SMS) | **not permitted** | 1 |') : dataMap

// data-map writes no SARIF, JSON or HTML, so it has no formats parameter to ignore silently.
assert runs[2].contains('privacyflow:data-map') && runs[2].contains('outputDirectory') : runs[2]
assert !runs[2].contains('formats') : 'data-map must not offer formats'

// The user's files are as they were: the policy is only read.
def original = new File(basedir, '../../../custom-processors/privacyflow-policy.yaml')
assert original.isFile() : "cannot find the project's original policy at ${original}"
assert new File(basedir, 'privacyflow-policy.yaml').bytes == original.bytes : 'the build changed privacyflow-policy.yaml'
