package io.github.privacyflow.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.policy.MemberRef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue format: one parser for every bundled .catalog and .dict file. */
class CatalogFileTest {

    private static final CatalogSchema SINKS = BundledCatalogs.schema("sinks.catalog");
    private static final CatalogSchema PERSONAL = BundledCatalogs.schema("personal-data.dict");

    private static CatalogFile sinks(String text) {
        return CatalogFile.parse("test.catalog", text, SINKS);
    }

    private static CatalogFile dict(String text) {
        return CatalogFile.parse("test.dict", text, PERSONAL);
    }

    private static List<String> problems(CatalogSchema schema, String text) {
        return CatalogFile.parse("f", text, schema).problems();
    }

    // ---------------------------------------------------------------- the bundled files

    @Test
    void everyBundledCatalogueLoadsWithoutAProblem() {
        for (String name : BundledCatalogs.names()) {
            CatalogFile file = CatalogFile.parse(name, CatalogFile.read(name), BundledCatalogs.schema(name));
            assertEquals(List.of(), file.problems(), name);
            assertFalse(file.sectionNames().isEmpty(), name);
            for (String section : file.sectionNames()) {
                assertFalse(file.entries(section).isEmpty(), name + " [" + section + "] is empty");
            }
        }
        // The loaders that read them refuse a problem; loading them all proves the files and
        // the cross-file checks (a term that is also a stop phrase) are sound.
        assertTrue(NameDictionary.personalData().termCount() > 0);
        assertTrue(NameDictionary.sensitiveData().termCount() > 0);
        assertFalse(Catalogs.bundled().removeCalls().isEmpty());
    }

    @Test
    void everyCatalogueResourceIsABundledCatalogue() throws IOException, URISyntaxException {
        Path folder = Path.of(CatalogFile.class.getResource("sinks.catalog").toURI()).getParent();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".catalog") || n.endsWith(".dict"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(BundledCatalogs.names()),
                "a catalogue file without a schema is read by nothing the test checks");
    }

    /**
     * {@link CatalogFile#section} gives what the reader before this format gave: each entry line
     * without its comment and surrounding white space, in file order. The flow engine's
     * catalogues are read through it.
     */
    @Test
    void sectionGivesTheEntryLinesAsWritten() {
        for (String name : BundledCatalogs.names()) {
            if (!name.endsWith(".catalog")) {
                continue;
            }
            Map<String, List<String>> expected = new LinkedHashMap<>();
            List<String> current = null;
            for (String raw : CatalogFile.read(name).split("\n")) {
                String line = raw.replaceAll("(^|\\s)#.*$", "").strip();
                if (line.startsWith("[")) {
                    current = expected.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (!line.isEmpty()) {
                    current.add(line);
                }
            }
            CatalogFile file = CatalogFile.load(name);
            assertEquals(expected.keySet(), file.sectionNames(), name);
            expected.forEach((section, lines) -> assertEquals(lines, file.section(section), name + " [" + section + "]"));
        }
    }

    @Test
    void theDictionaryFlagsAreTheOnesTheDictionaryKnows() {
        assertEquals(List.of("~person", "~person-in-name", "~any-owner", "~non-person", "~alone", "~written", "~person-attribute"),
                List.copyOf(NameDictionary.termFlags()));
        assertEquals(Set.of("~person"), NameDictionary.personWordFlags());
    }

    // ---------------------------------------------------------------- the format

    @Test
    void readsSectionsCommentsAndBlankLines() {
        CatalogFile file = sinks("""
                # a comment line
                   # an indented comment line

                [logging]   # a comment after a header
                org.slf4j.Logger#info(*)          # '#' after white space starts a comment
                org.slf4j.Logger#warn(java.lang.String,java.lang.Object[]) 1
                \t
                [tags]
                java.lang.System#out stdout
                [http]
                java.net.URLConnection#connect() this if=stdout
                """);
        assertEquals(List.of(), file.problems());
        assertEquals(List.of("logging", "tags", "http"), List.copyOf(file.sectionNames()));
        assertEquals(List.of("org.slf4j.Logger#info(*)", "org.slf4j.Logger#warn(java.lang.String,java.lang.Object[]) 1"),
                file.section("logging"));
        CatalogEntry warn = file.entries("logging").get(1);
        assertEquals(6, warn.line());
        assertEquals("test.catalog:6", warn.location());
        assertEquals("logging", warn.section());
        assertEquals("org.slf4j.Logger", warn.member().className());
        assertEquals(Optional.of(List.of("java.lang.String", "java.lang.Object[]")), warn.member().parameterTypes());
        assertEquals("1", warn.get(CatalogField.ARGUMENTS));
        assertEquals(Optional.empty(), warn.find(CatalogField.IF_TAG));
        assertEquals(List.of("org.slf4j.Logger#warn(java.lang.String,java.lang.Object[])", "1"), warn.words());
        CatalogEntry connect = file.entries("http").get(0);
        assertEquals("this", connect.get(CatalogField.ARGUMENTS));
        assertEquals("stdout", connect.get(CatalogField.IF_TAG));
        CatalogEntry out = file.entries("tags").get(0);
        assertTrue(out.member().isField());
        assertEquals("stdout", out.get(CatalogField.NAME));
        assertEquals("java.lang.System#out", out.get(CatalogField.MEMBER));
        assertEquals(List.of(), file.section("jdbc"), "a known section the file lacks is empty");
        assertEquals("test.catalog", file.name());
    }

    @Test
    void optionalFieldsMayBeLeftOutAndAreRecognisedByTheirForm() {
        CatalogFile file = sinks("""
                [tags]
                java.io.FileWriter#<init>(*) file
                [file]
                java.io.Writer#write(*) if=file
                java.io.Writer#append(*) args if=file
                """);
        assertEquals(List.of(), file.problems());
        CatalogEntry write = file.entries("file").get(0);
        assertEquals(Optional.empty(), write.find(CatalogField.ARGUMENTS));
        assertEquals("file", write.get(CatalogField.IF_TAG));
        assertThrows(IllegalStateException.class, () -> write.get(CatalogField.ARGUMENTS));
    }

    @Test
    void readsWindowsLineEndsAndAByteOrderMark() {
        CatalogFile file = sinks("\uFEFF[logging]\r\norg.slf4j.Logger#info(*)\r\n\r\norg.slf4j.Logger#warn(*)\r\n");
        assertEquals(List.of(), file.problems());
        assertEquals(List.of(2, 4), file.entries("logging").stream().map(CatalogEntry::line).toList());
    }

    @Test
    void aTextFieldTakesTheRestOfTheLine() {
        CatalogFile file = CatalogFile.parse("sources.catalog", """
                [methods]
                javax.servlet.ServletRequest#getRemoteAddr() user-interaction the client's IP address  (getRemoteAddr)
                javax.servlet.ServletRequest#getRemoteHost() user-interaction
                """, BundledCatalogs.schema("sources.catalog"));
        assertEquals(List.of(), file.problems());
        assertEquals("the client's IP address  (getRemoteAddr)", file.entries("methods").get(0).get(CatalogField.TEXT));
        assertEquals("user-interaction", file.entries("methods").get(0).get(CatalogField.NAME));
        assertEquals(Optional.empty(), file.entries("methods").get(1).find(CatalogField.TEXT));
    }

    @Test
    void wordListsHoldSeveralEntriesALineAndMayRunOn() {
        CatalogFile file = dict("""
                [person-words]
                user, student,
                teacher   ,   parent ~person
                [contact]
                email address, phone ~person   # two terms
                e mail
                """);
        assertEquals(List.of(), file.problems());
        assertEquals(List.of("user", "student", "teacher", "parent ~person"), file.section("person-words"));
        CatalogEntry parent = file.entries("person-words").get(3);
        assertEquals(List.of("parent"), parent.words());
        assertEquals(Optional.of("~person"), parent.flag());
        assertEquals(3, parent.line());
        CatalogEntry email = file.entries("contact").get(0);
        assertEquals(List.of("email", "address"), email.words());
        assertEquals(Optional.empty(), email.flag());
        assertEquals("emailaddress", email.key());
        assertEquals(List.of("contact", "person-words"), file.sectionNames().stream().sorted().toList());
        assertThrows(IllegalStateException.class, email::member);
        assertEquals(Optional.empty(), email.find(CatalogField.TEXT));
    }

    @Test
    void aDictionaryTakesAnyWellFormedSectionAsAFamily() {
        CatalogFile file = dict("[network-id]\nip\n[birth-date2]\ndob\n");
        assertEquals(List.of(), file.problems());
        assertEquals(List.of("dob"), file.section("birth-date2"));
    }

    // ---------------------------------------------------------------- every error, at its line

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // what                      | the file                                                   | the one problem
        "entry before any section    | org.slf4j.Logger#info(*)\\norg.slf4j.Logger#warn(*)\\n[logging] | f:1: entry before the first [section]; a file starts with a section header",
        "header without ]            | [logging\\norg.slf4j.Logger#info(*)                           | f:1: a section header is [name], on a line of its own; found '[logging'",
        "header with text after it   | [logging] x                                                   | f:1: a section header is [name], on a line of its own; found '[logging] x'",
        "bad section name            | [Logging]                                                     | f:1: section name 'Logging' is not lower-case words joined by dashes",
        "empty section name          | []                                                            | f:1: section name '' is not lower-case words joined by dashes",
        "unknown section             | [loging]\\norg.slf4j.Logger#info(*)                           | f:1: unknown section [loging]; expected [logging], [jdbc], [jpa], [object-storage], [file], [http], [messaging], [analytics], [mail], [ldap], [sms], [push], [tags]",
        "section twice               | [jdbc]\\n[logging]\\na.B#c()\\n[jdbc]                          | f:4: section [jdbc] again; it started at line 1: keep a section's entries together",
        "duplicate entry             | [logging]\\na.B#c(*)\\n\\na.B#c(*)                               | f:4: duplicate entry 'a.B#c(*)'; it is already at line 2",
        "same entry written twice    | [logging]\\na.B#c(*)  1\\na.B#c(*) 1                             | f:3: 'a.B#c(*) 1' is the same entry as 'a.B#c(*)  1' in [logging] at line 2",
        "no # in the member          | [logging]\\norg.slf4j.Logger.info(*)                          | f:2: bad member signature 'org.slf4j.Logger.info(*)': missing '#' between class and member; expected binary.class.Name#member",
        "slashes in the class        | [logging]\\norg/slf4j/Logger#info(*)                          | f:2: bad member signature 'org/slf4j/Logger#info(*)': class names use dots, not slashes ('org.slf4j.Logger')",
        "unbalanced parentheses      | [logging]\\norg.slf4j.Logger#info(java.lang.String             | f:2: bad member signature 'org.slf4j.Logger#info(java.lang.String': unbalanced parentheses",
        "unqualified parameter type  | [logging]\\norg.slf4j.Logger#info(String)                     | f:2: bad member signature 'org.slf4j.Logger#info(String)': parameter type 'String' must be fully qualified, e.g. java.lang.String",
        "star among the parameters   | [logging]\\norg.slf4j.Logger#info(java.lang.String,*)         | f:2: bad member signature 'org.slf4j.Logger#info(java.lang.String,*)': '*' must stand alone, as in (*), meaning any parameters",
        "a lone star for the name    | [logging]\\norg.slf4j.Logger#*(*)                             | f:2: bad member signature 'org.slf4j.Logger#*(*)': a method name pattern needs the start of the name before '*'",
        "a constructor prefix        | [logging]\\norg.slf4j.Logger#<init>*(*)                       | f:2: bad member signature 'org.slf4j.Logger#<init>*(*)': '<init>' is not a valid method name",
        "a field where a method goes | [logging]\\norg.slf4j.Logger#info                             | f:2: 'org.slf4j.Logger#info' names no method: add the parameter types, e.g. org.slf4j.Logger#info(java.lang.String), or org.slf4j.Logger#info(*) for every overload",
        "a field name pattern        | [tags]\\njava.lang.System#o* stdout                           | f:2: bad member signature 'java.lang.System#o*': 'o*' is not a valid field name",
        "bad arguments               | [logging]\\na.B#c(*) al                                       | f:2: 'al' is not what a sink takes: expected args, this, argument indexes such as 0,2, or this,args",
        "an argument twice           | [logging]\\na.B#c(*) 0,0                                      | f:2: '0,0' names '0' twice",
        "a negative argument         | [logging]\\na.B#c(*) -1                                       | f:2: '-1' is not what a sink takes: expected args, this, argument indexes such as 0,2, or this,args",
        "argument out of range       | [jdbc]\\njava.sql.PreparedStatement#setString(int,java.lang.String) 2 | f:2: argument 2 is out of range: java.sql.PreparedStatement#setString(int,java.lang.String) has 2 parameters (indexes count from 0)",
        "argument of no parameters   | [jdbc]\\na.B#c() this,0                                       | f:2: argument 0 is out of range: a.B#c() has no parameters (indexes count from 0)",
        "undeclared tag              | [tags]\\njava.lang.System#out stdout\\n[file]\\na.B#c(*) if=file  | f:4: tag 'file' is not given by any entry of [tags]; known: [query-write, stdout]",
        "bad tag                     | [tags]\\na.B#c stdout\\n[file]\\na.B#c(*) if=File               | f:4: the tag in 'if=File' is not a lower-case name (letters, digits and single dashes, starting with a letter)",
        "undeclared tag of argument  | [tags]\\njava.lang.System#out stdout\\n[file]\\na.B#c(*) this if=file@0 | f:4: tag 'file' is not given by any entry of [tags]; known: [query-write, stdout]",
        "bad tagged argument         | [tags]\\na.B#c stdout\\n[file]\\na.B#c(*) this if=stdout@x    | f:4: the argument after '@' in 'if=stdout@x' is not an index from 0",
        "a field too many            | [file]\\na.B#c(*) 0 if=x if=y                                 | f:2: 'a.B#c(*) 0 if=x if=y': unexpected 'if=y'; the entry ends after if=<tag>",
        "fields out of order         | [file]\\na.B#c(*) if=x 0                                      | f:2: 'a.B#c(*) if=x 0': unexpected '0'; the entry ends after if=<tag>",
        "missing field               | [tags]\\njava.lang.System#out                                 | f:2: 'java.lang.System#out': missing a lower-case name such as user-interaction after 'java.lang.System#out'",
        "bad tag name                | [tags]\\njava.lang.System#out Stdout                          | f:2: 'Stdout' is not a lower-case name (letters, digits and single dashes, starting with a letter)",
    })
    void reportsEachProblemAtItsLine(String what, String text, String problem) {
        assertEquals(List.of(problem), problems(SINKS, text.replace("\\n", "\n")), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a class without package     | persistence.catalog | [persisted-type-annotations]\\nEntity                       | f:2: 'Entity' is not a fully qualified class name: write its package too",
        "a class with slashes        | persistence.catalog | [persisted-type-annotations]\\njavax/persistence/Entity     | f:2: 'javax/persistence/Entity': class names use dots, not slashes",
        "a class with an empty part  | persistence.catalog | [persisted-type-annotations]\\njavax..Entity                | f:2: 'javax..Entity' is not a binary class name: '' is not a Java identifier",
        "a pair with one word        | persistence.catalog | [table-name-attributes]\\njavax.persistence.Table       | f:2: 'javax.persistence.Table': missing a Java identifier after 'javax.persistence.Table'",
        "a pair with three words     | persistence.catalog | [table-name-attributes]\\njavax.persistence.Table name x | f:2: 'javax.persistence.Table name x': unexpected 'x'; the entry ends after a Java identifier",
        "a package without its dot   | erasure.catalog     | [repository-packages]\\norg.springframework.data        | f:2: package 'org.springframework.data' must end in '.'",
        "a bad package               | data-types.catalog  | [jdk-value-packages]\\njava.1time.                      | f:2: 'java.1time' is not a binary class name: '1time' is not a Java identifier",
        "a class or a package        | library-models.catalog | [immutable-types]\\nMath                             | f:2: 'Math' is not a fully qualified class name: write its package too",
        "a method name with types    | erasure.catalog     | [remove-calls]\\njavax.persistence.EntityManager#remove(java.lang.Object) | f:2: write 'javax.persistence.EntityManager#remove' without parameter types: here an entry covers every overload",
        "a bad method name           | erasure.catalog     | [remove-calls]\\njavax.persistence.EntityManager   | f:2: bad member signature 'javax.persistence.EntityManager': missing '#' between class and member; expected binary.class.Name#member",
        "a bad identifier            | entry-points.catalog | [servlet-methods]\\ndo-get                            | f:2: 'do-get' is not a Java identifier",
        "a bad category              | sources.catalog     | [methods]\\na.B#c() User_Interaction the client       | f:2: 'User_Interaction' is not a lower-case name (letters, digits and single dashes, starting with a letter)",
        "a library model with args   | library-models.catalog | [no-flow]\\n*#hashCode() 0                          | f:2: '*#hashCode() 0': unexpected '0'; the entry ends after a method, binary.Class#name(types) or binary.Class#name(*)",
    })
    void reportsProblemsOfEachFieldKind(String what, String file, String text, String problem) {
        assertEquals(List.of(problem), problems(BundledCatalogs.schema(file), text.replace("\\n", "\n")), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "an upper-case word          | [contact]\\nEmail                       | f:2: 'Email' is not a lower-case word (letters and digits)",
        "punctuation in a word       | [contact]\\ne-mail                      | f:2: 'e-mail' is not a lower-case word (letters and digits)",
        "an unknown flag             | [contact]\\nmail ~persons               | f:2: 'mail ~persons': unknown flag ~persons; allowed in [contact]: ~person, ~person-in-name, ~any-owner, ~non-person, ~alone, ~written, ~person-attribute",
        "a flag where none is taken  | [stop]\\nroom name ~person              | f:2: 'room name ~person': entries of [stop] take no flag",
        "a term flag on a person word| [person-words]\\nparent ~any-owner      | f:2: 'parent ~any-owner': unknown flag ~any-owner; allowed in [person-words]: ~person",
        "two flags                   | [contact]\\nmail ~person ~any-owner     | f:2: 'mail ~person ~any-owner': more than one flag",
        "a flag before the words     | [contact]\\n~person mail                | f:2: '~person mail': the flag comes after the words",
        "a flag alone                | [contact]\\nmail, ~person               | f:2: '~person': a flag without words",
        "two words for one           | [person-words]\\nclass mate             | f:2: 'class mate': entries of [person-words] are single words",
        "two commas                  | [after]\\ntype,, kind                   | f:2: empty entry: two commas in a row, or a comma at the start",
        "a leading comma             | [after]\\n, kind                        | f:2: empty entry: two commas in a row, or a comma at the start",
        "a lone comma                | [after]\\n,                             | f:2: empty entry: two commas in a row, or a comma at the start",
        "a duplicate on one line     | [after]\\ntype, kind, type              | f:2: duplicate entry 'type'; it is already at line 2",
        "a term in two families      | [contact]\\nemail\\n[name]\\nsurname, email | f:4: 'email' is the same entry as 'email' in [contact] at line 2",
        "a term spelt the same       | [account-name]\\nusername\\n[name]\\nuser name | f:4: 'user name' is the same entry as 'username' in [account-name] at line 2",
        "an unknown reserved name    | [Person-Words]\\nuser                   | f:1: section name 'Person-Words' is not lower-case words joined by dashes",
        "a stop-list section         | [things]\\nroom                        | f:1: unknown section [things]; expected [person-words], [stop], [after], or a [family] of terms",
    })
    void reportsDictionaryProblemsAtTheirLine(String what, String text, String problem) {
        assertEquals(List.of(problem), problems(PERSONAL, text.replace("\\n", "\n")), what);
    }

    @Test
    void theSameWordMayStandInDifferentListsOfADictionary() {
        assertEquals(List.of(), problems(PERSONAL, "[stop]\ntype name\n[after]\ntype\n[contact]\nemail\n[name]\nname ~person"));
    }

    @Test
    void theSensitiveDictionaryHasNoPersonWords() {
        assertEquals(List.of("f:1: unknown section [person-words]; expected [stop], [after], or a [family] of terms"),
                problems(BundledCatalogs.schema("sensitive-data.dict"), "[person-words]\nuser"));
    }

    @Test
    void aPartNamesASourceOfTheMethods() {
        assertEquals(List.of("f:5: a.Mail#getCc() is no entry of [methods]"),
                problems(BundledCatalogs.schema("sources.catalog"),
                        "[methods]\na.Mail#getRecipients() user-interaction the recipients\n[parts]\na.Mail#getRecipients() mail-recipients\na.Mail#getCc() mail-recipients"));
    }

    @Test
    void aKeyIsOneWordOfLettersDigitsDashesAndDots() {
        assertEquals(List.of("f:2: 'To:' is not a key: a key such as Reply-To: letters, digits, '-', '_' and '.'"),
                problems(BundledCatalogs.schema("sources.catalog"),
                        "[keys]\na.Part#getHeader(*) To: user-interaction the To header\na.Part#getHeader(*) Reply-To user-interaction the Reply-To header"));
    }

    @Test
    void theStopListHasNoFamilies() {
        assertEquals(List.of("f:1: unknown section [contact]; expected [stop], [things], [after], [type-suffixes],"
                        + " [carrier-suffixes], [config-suffixes], [program-parts], [lookups], [reads], [writings], [writing-verbs], [writing-parts],"
                        + " [configured-accounts]", "f:4: 'dto vo': entries of [type-suffixes] are single words"),
                problems(BundledCatalogs.schema("stop-list.dict"), "[contact]\nemail\n[type-suffixes]\ndto vo"));
    }

    @Test
    void readsOnAfterAProblemAndReportsThemAllInLineOrder() {
        CatalogFile file = sinks("""
                [tags]
                java.lang.System#out stdout
                [logging]
                org.slf4j.Logger#info(*)
                org.slf4j.Logger#warn(*) if=file
                org.slf4j.Logger#warn String
                [unknown]
                entries under an unknown header are skipped, not reported again
                and neither is this
                [logging]
                org.slf4j.Logger#error(*)
                """);
        assertEquals(List.of(
                "test.catalog:5: tag 'file' is not given by any entry of [tags]; known: [query-write, stdout]",
                "test.catalog:6: 'org.slf4j.Logger#warn' names no method: add the parameter types, e.g."
                        + " org.slf4j.Logger#warn(java.lang.String), or org.slf4j.Logger#warn(*) for every overload",
                "test.catalog:7: unknown section [unknown]; expected [logging], [jdbc], [jpa], [object-storage],"
                        + " [file], [http], [messaging], [analytics], [mail], [ldap], [sms], [push], [tags]",
                "test.catalog:10: section [logging] again; it started at line 3: keep a section's entries together"),
                file.problems());
        // The good entries are all there, those of the repeated section too; the bad one is left out.
        assertEquals(List.of("org.slf4j.Logger#info(*)", "org.slf4j.Logger#warn(*) if=file", "org.slf4j.Logger#error(*)"),
                file.section("logging"));
    }

    @Test
    void aProblemIsOneLine() {
        for (String problem : sinks("[logging]\na.B#c(\n[x]\n\u00e9\n[tags]\na#b c d\n").problems()) {
            assertFalse(problem.contains("\n"), problem);
            assertTrue(problem.startsWith("test.catalog:"), problem);
        }
    }

    // ---------------------------------------------------------------- the API around it

    @Test
    void askingForASectionTheFileCannotHaveIsACallerBug() {
        CatalogFile file = CatalogFile.load("sinks.catalog");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> file.section("loging"));
        assertTrue(e.getMessage().startsWith("sinks.catalog has no section [loging]; expected [logging]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> file.entries("loging"));
    }

    @Test
    void loadRefusesAnUnknownOrMissingFile() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> CatalogFile.load("sink.catalog"));
        assertTrue(unknown.getMessage().startsWith("no bundled catalogue is named sink.catalog"), unknown.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> CatalogFile.read("absent.catalog"));
        assertEquals("bundled catalogue absent.catalog is missing", missing.getMessage());
    }

    @Test
    void aDictionaryBuiltFromBrokenFilesNamesEveryProblem() {
        CatalogFile personal = CatalogFile.parse("personal-data.dict", "[contact]\nEmail\nphone,,fax\n", PERSONAL);
        CatalogFile stop = CatalogFile.parse("stop-list.dict", "[stop]\nroom name\n", BundledCatalogs.schema("stop-list.dict"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NameDictionary.of(personal, personal, stop));
        assertEquals(List.of("personal-data.dict:2: 'Email' is not a lower-case word (letters and digits)",
                "personal-data.dict:3: empty entry: two commas in a row, or a comma at the start"),
                e.getMessage().lines().toList());
    }

    @Test
    void aTermThatIsAlsoAStopPhraseIsRefusedAtItsLine() {
        CatalogFile personal = CatalogFile.parse("personal-data.dict", "[person-words]\nuser\n[name]\n\nroom name\n", PERSONAL);
        CatalogFile stop = CatalogFile.parse("stop-list.dict", "[stop]\nroom name\n", BundledCatalogs.schema("stop-list.dict"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NameDictionary.of(personal, personal, stop));
        assertEquals("personal-data.dict:5: term 'room name' is a stop phrase too; it would never match", e.getMessage());
    }

    @Test
    void aDictionaryBuiltFromTextMatchesByIt() {
        CatalogFile personal = CatalogFile.parse("personal-data.dict", """
                [person-words]
                user
                parent ~person
                [contact]
                email address
                """, PERSONAL);
        CatalogFile stop = CatalogFile.parse("stop-list.dict", "[things]\nroom\n", BundledCatalogs.schema("stop-list.dict"));
        NameDictionary dictionary = NameDictionary.of(personal, personal, stop);
        assertEquals(Optional.of(new NameMatch("email address", "contact")), dictionary.match("userEmailAddress", null));
        assertEquals(Optional.empty(), dictionary.match("roomEmailAddress", null));
        assertEquals(Optional.empty(), dictionary.match("phone", null));
        assertEquals(1, dictionary.termCount());
    }

    // ---------------------------------------------------------------- member patterns

    @Test
    void memberPatternsAreThePolicySyntaxWithTwoWildcards() {
        MemberRef any = MemberRef.parsePattern("*#set*(*)");
        assertTrue(any.anyClass());
        assertTrue(any.namePrefix());
        assertEquals("set", any.memberName());
        assertEquals("*#set*(*)", any.toString());
        assertTrue(any.matchesMethod("org/example/Bean", "setName", "(Ljava/lang/String;)V"));
        assertFalse(any.matchesMethod("org/example/Bean", "getName", "()Ljava/lang/String;"));

        MemberRef exact = MemberRef.parsePattern("java.sql.PreparedStatement#setString(int,java.lang.String)");
        assertFalse(exact.anyClass());
        assertFalse(exact.namePrefix());
        assertEquals(exact, MemberRef.parse("java.sql.PreparedStatement#setString(int,java.lang.String)"));
        assertFalse(exact.matchesMethod("java/sql/PreparedStatement", "setStringX", "(ILjava/lang/String;)V"));

        MemberRef field = MemberRef.parsePattern("*#out");
        assertTrue(field.matchesField("java/lang/System", "out"));
        assertFalse(field.matchesField("java/lang/System", "err"));
        assertFalse(MemberRef.parsePattern("java.lang.System#out").matchesField("java/lang/Runtime", "out"));

        assertTrue(MemberRef.parsePattern("a.B#print*()").matchesMethod("a/B", "println", "()V"));
        assertFalse(MemberRef.parsePattern("a.B#print*()").matchesMethod("a/C", "println", "()V"));
        assertFalse(MemberRef.parsePattern("a.B#print*()").matchesMethod("a/B", "prin", "()V"));
        assertFalse(MemberRef.parsePattern("a.B#print*()").equals(MemberRef.parsePattern("a.B#print()")));
        assertFalse(MemberRef.parsePattern("a.B#print*()").hashCode() == MemberRef.parsePattern("a.B#print()").hashCode());
    }

    @Test
    void aPolicyTakesNoWildcards() {
        IllegalArgumentException owner = assertThrows(IllegalArgumentException.class, () -> MemberRef.parse("*#set(*)"));
        assertEquals("bad member signature '*#set(*)': '*' is not a valid binary class name", owner.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> MemberRef.parse("a.B#set*(*)"));
        assertEquals("bad member signature 'a.B#set*(*)': 'set*' is not a valid method name", name.getMessage());
    }
}
