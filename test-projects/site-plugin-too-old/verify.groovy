// A project that runs the privacyflow report with maven-site-plugin 3.12.1 gets one warning from
// check naming the site plugin and the version the report needs; the build itself goes on.
import io.github.privacyflow.fixture.ExpectationMarkers

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
def warning = '[WARNING] privacyflow: the privacyflow report in <reporting> needs maven-site-plugin 3.20.0 or later, but ' +
        "this project's maven-site-plugin is 3.12.1, with which mvn site fails with a class-loading error; set " +
        "maven-site-plugin's <version> to 3.20.0 or later in <build><plugins> or <build><pluginManagement>"
assert log.readLines().count { it == warning } == 1 : "expected the warning once:\n${log}"
assert log.readLines().count { it.contains('maven-site-plugin') && it.startsWith('[WARNING]') } == 1
assert log.contains('BUILD SUCCESS')

def differences = ExpectationMarkers.verifyBuildLog(basedir.toPath(), new File(basedir, 'build.log').toPath())
assert differences.isEmpty() : "findings differ from the markers: ${differences}"
