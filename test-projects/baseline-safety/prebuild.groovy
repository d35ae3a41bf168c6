// Keeps copies of the user's files the failing runs must leave byte for byte, for verify.groovy.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def pristine = new File(basedir, 'pristine')
pristine.mkdirs()
['pom.xml', 'privacyflow-baseline.json'].each {
    Files.copy(new File(basedir, it).toPath(), new File(pristine, it).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
return true
