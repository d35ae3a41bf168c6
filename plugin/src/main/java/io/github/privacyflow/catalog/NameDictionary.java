package io.github.privacyflow.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dictionary of data names, matched against identifiers by their word parts.
 *
 * <p>The terms live in readable data files bundled with the plugin ({@code personal-data.dict},
 * {@code sensitive-data.dict} and the shared {@code stop-list.dict} beside this class), read by
 * {@link CatalogFile} like every catalogue (docs/catalogues.md gives the format). The header
 * of {@code personal-data.dict} documents the matching rules for users;
 * in short, an identifier matches a term when some consecutive word parts of it, joined, spell
 * the term's words joined ({@code emailAddress}, {@code email_address} and
 * {@code emailaddress} all spell {@code email address}), the last part possibly plural. A
 * match is then refused when the name is about something else than a person's data:
 * <ul>
 *   <li>a stop phrase covers it ({@code roomName}, {@code raceCondition});</li>
 *   <li>a word after it makes the name a piece of program or a property of the data rather
 *       than the data ({@code emailTemplate}, {@code phoneValidator}, {@code emailVerified});</li>
 *   <li>the nearest owner word before it is a thing ({@code serverIp}, {@code fileName});</li>
 *   <li>the term is generic ({@code name}, {@code address}, {@code age}) and neither the
 *       identifier nor its enclosing type names a person ({@code name} in {@code Room});</li>
 *   <li>the enclosing type is a thing or a configuration type and the identifier names no
 *       person ({@code phone} in {@code School}, {@code username} in
 *       {@code DataSourceProperties});</li>
 *   <li>the identifier is a SCREAMING_SNAKE_CASE constant, which holds a key or a label.</li>
 * </ul>
 * Precision is preferred over recall throughout: a name scanner that cries wolf is switched
 * off, while annotations can always add what a name does not reveal. The rules are data-driven
 * so that users can read why a name matched and the team can tune the lists without code.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class NameDictionary {

    private static final String PERSONAL_FILE = "personal-data.dict";
    private static final String SENSITIVE_FILE = "sensitive-data.dict";
    private static final String STOP_FILE = "stop-list.dict";


    /** Section names with a meaning of their own; every other section is a family (see BundledCatalogs). */
    private static final String PERSON_WORDS = "person-words";
    private static final String STOP = "stop";
    private static final String AFTER = "after";
    private static final String THINGS = "things";
    private static final String TYPE_SUFFIXES = "type-suffixes";
    private static final String CONFIG_SUFFIXES = "config-suffixes";
    private static final String CARRIER_SUFFIXES = "carrier-suffixes";
    private static final String PROGRAM_PARTS = "program-parts";
    private static final String LOOKUPS = "lookups";
    private static final String READS = "reads";
    private static final String WRITINGS = "writings";
    private static final String WRITING_VERBS = "writing-verbs";
    private static final String WRITING_PARTS = "writing-parts";
    private static final String CONFIGURED_ACCOUNTS = "configured-accounts";

    /** The words that, after a person word in a type's name, make it one attribute of that person. */
    private static final Set<String> ATTRIBUTE_WORDS = Set.of("attribute", "attr");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
            "people", "person",
            "children", "child",
            "men", "man",
            "women", "woman",
            "diagnoses", "diagnosis",
            "alumni", "alumnus",
            "indices", "index");

    /** How a term depends on who owns the value. */
    private enum Flag {
        /** Personal wherever it appears, unless a thing owns it. */
        PLAIN(""),
        /** Generic word: personal only when the identifier or its enclosing type names a person. */
        PERSON("~person"),
        /** Only when the identifier itself names a person: {@code userId}, never {@code id}. */
        PERSON_IN_NAME("~person-in-name"),
        /** Personal even when a thing owns it: a lesson's recording still holds people's voices. */
        ANY_OWNER("~any-owner"),
        /**
         * Only outside a person context: a payment's {@code cardNumber} is a bank card, a
         * student's is the student card.
         */
        NON_PERSON("~non-person"),
        /**
         * Only as the whole identifier: a {@code String sender} or {@code recipients} holds who
         * sends or receives, while {@code senderDomain} or {@code recipientCount} is about
         * something else and {@code mailSender} is a piece of program.
         */
        ALONE("~alone"),
        /**
         * Only in a type that is something a person writes ({@code EventComment},
         * {@code ReviewDetail}, {@code PersonalMessage}): its {@code text} or {@code body} is what
         * they wrote, while a template's or a widget's text is the program's.
         */
        WRITTEN("~written"),
        /**
         * Only in a type that holds one attribute of a person ({@code UserAttributeEntity},
         * {@code CustomerAttributeImpl}): its {@code value} is whatever the person's profile
         * keeps there, a phone number, an address, a custom field.
         */
        PERSON_ATTRIBUTE("~person-attribute");

        private final String text;

        Flag(String text) {
            this.text = text;
        }

        static Flag of(String text) {
            for (Flag f : values()) {
                if (f.text.equals(text)) {
                    return f;
                }
            }
            // BundledCatalogs.TERM_FLAGS lets the parser accept only flags named here.
            throw new IllegalStateException("flag " + text + " has no meaning for the dictionary");
        }

        /** The flags as written in the files, but the empty one. */
        static Set<String> texts() {
            Set<String> texts = new LinkedHashSet<>();
            for (Flag f : values()) {
                if (f != PLAIN) {
                    texts.add(f.text);
                }
            }
            return texts;
        }
    }

    private enum Owner { NONE, PERSON, THING }

    private record Term(String text, String key, String family, Flag flag) {
    }

    private record Candidate(Term term, int start, int end) {
    }

    private record Span(int start, int end) {
        boolean covers(int s, int e) {
            return start <= s && e <= end;
        }
    }

    private final String name;
    private final Map<String, Term> terms;
    private final Set<String> families;
    private final Set<String> personWords;
    private final Set<String> contextPersonWords;
    private final Set<String> thingPhrases;
    private final Set<String> stopPhrases;
    private final Set<String> afterWords;
    private final Set<String> typeSuffixes;
    private final Set<String> configSuffixes;
    private final Set<String> carrierSuffixes;
    private final Set<String> programParts;
    private final Set<String> lookupVerbs;
    private final Set<String> readVerbs;
    private final Set<String> writings;
    private final Set<String> writingVerbs;
    private final Set<String> writingParts;
    /** The family of the {@code ~written} terms, what a writing's parts are; {@code null} without such terms. */
    private final String writtenFamily;
    private final Set<String> configuredAccounts;

    private NameDictionary(String name, Map<String, Term> terms, Set<String> personWords,
            Set<String> contextPersonWords, Set<String> thingPhrases, Set<String> stopPhrases,
            Set<String> afterWords, Set<String> typeSuffixes, Set<String> configSuffixes,
            Set<String> carrierSuffixes, Set<String> programParts, Set<String> lookupVerbs, Set<String> readVerbs,
            Set<String> writings, Set<String> writingVerbs, Set<String> writingParts, Set<String> configuredAccounts) {
        this.name = name;
        this.terms = Collections.unmodifiableMap(terms);
        Set<String> fams = new TreeSet<>();
        for (Term t : terms.values()) {
            fams.add(t.family());
        }
        this.families = Collections.unmodifiableSet(fams);
        this.personWords = Set.copyOf(personWords);
        this.contextPersonWords = Set.copyOf(contextPersonWords);
        this.thingPhrases = Set.copyOf(thingPhrases);
        this.stopPhrases = Set.copyOf(stopPhrases);
        this.afterWords = Set.copyOf(afterWords);
        this.typeSuffixes = Set.copyOf(typeSuffixes);
        this.configSuffixes = Set.copyOf(configSuffixes);
        this.carrierSuffixes = Set.copyOf(carrierSuffixes);
        this.programParts = Set.copyOf(programParts);
        this.lookupVerbs = Set.copyOf(lookupVerbs);
        this.readVerbs = Set.copyOf(readVerbs);
        this.writings = Set.copyOf(writings);
        this.writingVerbs = Set.copyOf(writingVerbs);
        this.writingParts = Set.copyOf(writingParts);
        this.writtenFamily = terms.values().stream().filter(term -> term.flag() == Flag.WRITTEN).map(Term::family)
                .sorted().findFirst().orElse(null);
        this.configuredAccounts = Set.copyOf(configuredAccounts);
    }

    /**
     * The personal-data dictionary (rule PF002 and heuristic mode): identifiers, names, account
     * names, contact data, network identifiers, location, birth date, demographic data, photos,
     * voice and video recordings.
     *
     * @return the shared instance, loaded from the bundled resource on first use
     */
    public static NameDictionary personalData() {
        return PersonalHolder.INSTANCE;
    }

    /**
     * The sensitive-data dictionary (rule PF001); its families are the sensitive kinds of the
     * specification ({@code health}, {@code biometric}, ... {@code minor}).
     *
     * @return the shared instance, loaded from the bundled resource on first use
     */
    public static NameDictionary sensitiveData() {
        return SensitiveHolder.INSTANCE;
    }

    /**
     * Looks an identifier up.
     *
     * @param identifier a field, parameter, record-component or type name as written in code;
     *     {@code null} or blank gives no match
     * @param enclosingTypeSimpleName simple name of the type declaring it (e.g. {@code Student},
     *     {@code RoomSettings}), or {@code null} when there is none or it is unknown
     * @return the best (longest, then leftmost) match that survives the stop-list and owner
     *     rules, or empty
     */
    public Optional<NameMatch> match(String identifier, String enclosingTypeSimpleName) {
        return match(identifier, enclosingTypeSimpleName, false, false);
    }

    /**
     * Matches an identifier of a field, with what the program says of its declaring type beyond
     * the type's name:
     * <ul>
     * <li>its relations may show that it holds one attribute of a person (Syncope's
     * {@code JPAUPlainAttrValue}, whose attribute belongs to a user): the
     * {@code ~person-attribute} terms ({@code value}) apply there as in a {@code UserAttributeEntity};</li>
     * <li>it may be a mapped (stored) type: a stored row of a thing that names a person with an
     * identity term of its own ({@code username} in James's {@code JPASieveScript}) holds that
     * person's key, while in a thing in memory it is the thing's own account ({@code username} of
     * a mail server's connection).</li>
     * </ul>
     *
     * @param identifier a field, parameter or type name
     * @param enclosingTypeSimpleName the simple name of the declaring type, or {@code null}
     * @param personAttributeType whether the declaring type is known to hold a person's attribute
     * @param persistedType whether the declaring type is a mapped (stored) type
     * @return the match, or empty
     */
    public Optional<NameMatch> match(String identifier, String enclosingTypeSimpleName, boolean personAttributeType,
            boolean persistedType) {
        if (isConstantName(identifier)) {
            return Optional.empty();
        }
        List<String> toks = splitCompounds(NameTokenizer.tokens(identifier));
        if (toks.size() > 1 && toks.get(0).length() == 1) {
            // A one-letter first part is a field prefix (m_author, fName, s_instance), not a word.
            toks = toks.subList(1, toks.size());
        }
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        int n = toks.size();
        Owner typeContext = typeContext(enclosingTypeSimpleName);
        if (typeContext == Owner.THING && isSettings(enclosingTypeSimpleName)) {
            // A settings type holds the program's configuration: its adminPassword or adminEmail
            // is a configured account, whatever person word the name has.
            return Optional.empty();
        }
        List<Set<String>> forms = new ArrayList<>(n);
        for (String t : toks) {
            forms.add(forms(t));
        }
        List<Span> stops = phraseSpans(toks, forms, stopPhrases);
        boolean[] covered = coverage(n, stops);
        boolean[] thingEnd = phraseEnds(n, phraseSpans(toks, forms, thingPhrases));
        boolean[] person = new boolean[n];
        boolean[] after = new boolean[n];
        for (int k = 0; k < n; k++) {
            person[k] = !covered[k] && !thingEnd[k] && (intersects(forms.get(k), personWords)
                    || typeContext == Owner.PERSON && intersects(forms.get(k), contextPersonWords));
            after[k] = intersects(forms.get(k), afterWords);
        }

        // Longest candidates first: a rejected match also rejects the shorter ones inside it,
        // so "name" in "userName" cannot win where "username" itself was refused.
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder prefix = new StringBuilder();
            for (int j = i + 1; j <= n; j++) {
                for (String f : forms.get(j - 1)) {
                    Term term = terms.get(prefix + f);
                    if (term != null) {
                        candidates.add(new Candidate(term, i, j));
                        break;
                    }
                }
                prefix.append(toks.get(j - 1));
            }
        }
        candidates.sort((a, b) -> a.term().key().length() != b.term().key().length()
                ? b.term().key().length() - a.term().key().length()
                : a.start() - b.start());
        // "deleteUserByLoginName", "findByEmail": a lookup by the data names a query, not the data.
        int lookupBy = -1;
        if (n > 2 && intersects(forms.get(0), lookupVerbs)) {
            lookupBy = toks.indexOf("by");
        }
        List<Candidate> rejected = new ArrayList<>();
        boolean writtenType = isWriting(enclosingTypeSimpleName);
        boolean personAttribute = personAttributeType || isPersonAttribute(enclosingTypeSimpleName);
        Term best = null;
        for (Candidate c : candidates) {
            boolean inside = false;
            for (Candidate r : rejected) {
                inside |= r.start() <= c.start() && c.end() <= r.end();
            }
            if (!inside && (lookupBy < 0 || c.start() < lookupBy) && accepts(c.term(), c.start(), c.end(), stops, person, after, thingEnd,
                    typeContext, writtenType, personAttribute, persistedType && IDENTITY_FAMILIES.contains(c.term().family())
                    && namesAPerson(toks, c.start(), c.end()))) {
                best = c.term();
                break;
            }
            rejected.add(c);
        }
        if (best != null && (best.flag() == Flag.ALONE || intersects(forms.get(0), configuredAccounts))
                && isProgramPart(enclosingTypeSimpleName)) {
            // A service's or a configuration's "user" or "sender" is its own account, not a
            // person, and so is a loader's "adminEmail": the administrator it is configured with.
            return Optional.empty();
        }
        return best == null
                ? Optional.empty()
                : Optional.of(new NameMatch(best.text(), best.family()));
    }

    /** Whether the match of {@code term} on tokens [i, j) is a person's data. */
    private static boolean accepts(Term term, int i, int j, List<Span> stops, boolean[] person,
            boolean[] after, boolean[] thingEnd, Owner typeContext, boolean writtenType, boolean personAttribute,
            boolean storedPersonTerm) {
        for (Span s : stops) {
            if (s.covers(i, j)) {
                return false;
            }
        }
        for (int k = j; k < after.length; k++) {
            if (after[k]) {
                return false;
            }
        }
        Owner owner = Owner.NONE;
        for (int k = i - 1; k >= 0; k--) {
            if (thingEnd[k]) {
                owner = Owner.THING;
                break;
            }
            if (person[k]) {
                owner = Owner.PERSON;
                break;
            }
        }
        if (term.flag() == Flag.ANY_OWNER) {
            return true;
        }
        if (term.flag() == Flag.PERSON_ATTRIBUTE) {
            // The type is the person's attribute; no owner word in the name is needed. Only the
            // value itself: a hash of it kept for lookups ends the name with another word.
            return personAttribute && owner != Owner.PERSON && j == person.length;
        }
        if (term.flag() == Flag.ALONE) {
            return i == 0 && j == person.length;
        }
        if (owner == Owner.THING) {
            return false;
        }
        boolean personInName = owner == Owner.PERSON;
        for (int k = j; k < person.length && !personInName; k++) {
            personInName = person[k];
        }
        return switch (term.flag()) {
            case PERSON_IN_NAME -> personInName;
            case PERSON -> personInName || typeContext == Owner.PERSON;
            case NON_PERSON -> !personInName && typeContext == Owner.NONE;
            case WRITTEN -> writtenType && typeContext != Owner.THING;
            default -> personInName || typeContext != Owner.THING || storedPersonTerm;
        };
    }

    /**
     * The families whose terms say who a person is: a stored thing's {@code username} or
     * {@code userEmail} names its person, while its {@code userAgent} names a browser.
     */
    private static final Set<String> IDENTITY_FAMILIES = Set.of("account-name", "identifier", "contact", "name");

    /** Whether the matched words themselves begin with a person word ({@code user} in "username", "userId"). */
    private boolean namesAPerson(List<String> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            String token = toks.get(k);
            for (String word : personWords) {
                if (word.length() > 2 && token.startsWith(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * SCREAMING_SNAKE_CASE names constants ({@code USER_NAME}, {@code EMAIL_REGEX}): their
     * value is fixed at compile time, typically a key, label or pattern, never a person's data.
     */
    private static boolean isConstantName(String identifier) {
        if (identifier == null || identifier.indexOf('_') < 0) {
            return false;
        }
        boolean upper = false;
        for (int k = 0; k < identifier.length(); k++) {
            char c = identifier.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    /**
     * Splits lower-case compounds of a person word and a term that code copies from JSON or
     * SQL columns ({@code userid}, {@code studentname}, WeChat's {@code open_userid}), so
     * that they read like {@code userId}. Only that shape is split: guessing other word
     * boundaries would find {@code age} in {@code usage}.
     */
    private List<String> splitCompounds(List<String> toks) {
        List<String> out = null;
        for (int k = 0; k < toks.size(); k++) {
            String t = toks.get(k);
            String[] split = splitCompound(t);
            if (split != null && out == null) {
                out = new ArrayList<>(toks.subList(0, k));
            }
            if (out != null) {
                if (split != null) {
                    out.add(split[0]);
                    out.add(split[1]);
                } else {
                    out.add(t);
                }
            }
        }
        return out == null ? toks : out;
    }

    private String[] splitCompound(String t) {
        if (t.length() < 5 || terms.containsKey(t) || personWords.contains(t)
                || stopPhrases.contains(t)) {
            return null;
        }
        for (int p = 3; p <= t.length() - 2; p++) {
            String head = t.substring(0, p);
            if (!personWords.contains(head) && !contextPersonWords.contains(head)) {
                continue;
            }
            for (String tail : forms(t.substring(p))) {
                if (terms.containsKey(tail)) {
                    return new String[] {head, t.substring(p)};
                }
            }
        }
        return null;
    }

    /** Whether a type's name ends in a configuration suffix ({@code DomainProperties}, {@code MailSettings}). */
    private boolean isSettings(String typeName) {
        if (typeName == null) {
            return false;
        }
        List<String> toks = NameTokenizer.tokens(typeName);
        for (int k = toks.size() - 1; k >= 0; k--) {
            Set<String> forms = forms(toks.get(k));
            if (intersects(forms, configSuffixes)) {
                return true;
            }
            if (!intersects(forms, typeSuffixes)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a type's name makes it a piece of program ({@code UserDatabaseLoginModule},
     * {@code SmtpService}) rather than a record of something: its methods' variables hold the
     * data passing through, not the type's own attributes.
     *
     * @param typeName a type's simple name, or {@code null}
     * @return whether a word of it is one of the [program-parts] of the stop-list
     */
    public boolean isProgramPart(String typeName) {
        return hasWordIn(typeName, programParts);
    }

    /**
     * Whether a name's head word is a person word: the last word, after suffixes such as
     * {@code Impl} or {@code Entity} ({@code customer}, {@code UserEntity}, {@code JPAUser}; not
     * {@code accountPolicy} or {@code UserConsentEntity}, whose heads are a policy and a consent).
     *
     * @param name a type's simple name or a field's name, or {@code null}
     * @return whether the name is headed by a person word
     */
    public boolean headedByPersonWord(String name) {
        return headedBy(name, personWords);
    }

    /**
     * Whether a name's head word is a person word or one that names a person only beside one
     * ({@code owner}, {@code parent}): for a reference whose type already is a person's.
     *
     * @param name a field's name, or {@code null}
     * @return whether the name is headed by such a word
     */
    public boolean headedByPersonOrRoleWord(String name) {
        return headedBy(name, personWords) || headedBy(name, contextPersonWords);
    }

    private boolean headedBy(String name, Set<String> words) {
        if (name == null) {
            return false;
        }
        List<String> toks = new ArrayList<>(NameTokenizer.tokens(name));
        while (toks.size() > 1 && intersects(forms(toks.get(toks.size() - 1)), typeSuffixes)) {
            toks.remove(toks.size() - 1);
        }
        return !toks.isEmpty() && intersects(forms(toks.get(toks.size() - 1)), words);
    }

    /**
     * Whether a type's name says it holds one attribute of a person: a person word followed by
     * {@code attribute} or {@code attr} ({@code UserAttributeEntity}, {@code FederatedUserAttributeEntity}).
     */
    private boolean isPersonAttribute(String typeName) {
        if (typeName == null) {
            return false;
        }
        List<String> toks = NameTokenizer.tokens(typeName);
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (intersects(forms(toks.get(k)), personWords) && intersects(forms(toks.get(k + 1)), ATTRIBUTE_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a type's name says it holds an attribute ({@code JPAUPlainAttrValue},
     * {@code CustomerAttributeImpl}), whoever's it is.
     *
     * @param typeName a type's simple name
     * @return {@code true} when one of its words is "attribute" or "attr"
     */
    public boolean namesAnAttribute(String typeName) {
        return hasWordIn(typeName, ATTRIBUTE_WORDS);
    }

    /**
     * Matches a parameter of a method that makes or changes a writing for a person: its name is
     * a verb of [writing-verbs] and a word of [writings] that is no carrier ({@code newPost},
     * {@code editPost}, {@code addComment}; not {@code addMessage} or {@code addErrorMessage}).
     * Its parameters are that writing's parts, as a writing type's fields are: the
     * {@code ~written} terms, and the names of [writing-parts] (a blog API's
     * {@code newPost(..., content)} is given what the person wrote). Only what was written: the
     * method's name says nothing else about whose a value is.
     *
     * @param identifier the parameter's name
     * @param methodName the declaring method's name
     * @return the match, empty when the method makes no writing or the name is no part of one
     */
    public Optional<NameMatch> writtenPart(String identifier, String methodName) {
        // Exactly a verb and a writing: "addErrorMessage" and "writeMessage(out, message)" pass the
        // program's text along, and a carrier word (a message, a notification) names what protocols send.
        List<String> verbs = NameTokenizer.tokens(methodName);
        if (verbs.size() != 2 || !writingVerbs.contains(verbs.get(0)) || !intersects(forms(verbs.get(1)), writings)
                || intersects(forms(verbs.get(1)), carrierSuffixes)) {
            return Optional.empty();
        }
        String writing = verbs.get(1);
        Optional<NameMatch> written = match(identifier, Character.toUpperCase(writing.charAt(0)) + writing.substring(1))
                .filter(found -> Optional.ofNullable(terms.get(found.term().replace(" ", ""))).map(Term::flag).orElse(null) == Flag.WRITTEN);
        if (written.isPresent() || writtenFamily == null) {
            return written;
        }
        List<String> toks = NameTokenizer.tokens(identifier);
        if (toks.size() > 1 && toks.get(0).length() == 1) {
            // A one-letter first part is a prefix (m_content), as match() reads it.
            toks = toks.subList(1, toks.size());
        }
        return toks.size() == 1 && intersects(forms(toks.get(0)), writingParts)
                ? Optional.of(new NameMatch(toks.get(0), writtenFamily))
                : Optional.empty();
    }

    /**
     * Whether a method's name says it reads a record by a key that may be a person's: a reading
     * verb first ({@code getUserInfo}, {@code loadUser}, {@code findUserByLogin}; stop-list
     * {@code [reads]}), and no word naming a thing after a {@code by} ({@code findByCourseCode}
     * reads by a course's code, whatever it returns).
     *
     * @param methodName a method's name
     * @return whether the method reads by a key that may be a person's
     */
    public boolean readsByAPersonsKey(String methodName) {
        List<String> toks = NameTokenizer.tokens(methodName);
        if (toks.isEmpty() || !intersects(forms(toks.get(0)), readVerbs)) {
            return false;
        }
        int by = toks.indexOf("by");
        for (int k = by < 0 ? toks.size() : by + 1; k < toks.size(); k++) {
            if (intersects(forms(toks.get(k)), thingPhrases)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a type's name says it is something a person writes: one of its words is in [writings]. */
    private boolean isWriting(String typeName) {
        return hasWordIn(typeName, writings);
    }

    /** Whether one of the words of a type's name, in any of its forms, is in the list. */
    private boolean hasWordIn(String typeName, Set<String> words) {
        if (typeName == null) {
            return false;
        }
        for (String token : NameTokenizer.tokens(typeName)) {
            if (intersects(forms(token), words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who the enclosing type is about. Its head word decides ({@code StudentGroup} is a group,
     * {@code RoomMember} a person), after dropping suffixes that say nothing about the owner
     * ({@code Dto}, {@code Entity}); failing that any person word makes it a person's type
     * ({@code StudentRegistration}); a configuration type without one holds settings. A
     * request, response or event is never a thing's: it carries the data of the people taking
     * part in the action.
     */
    private Owner typeContext(String typeName) {
        List<String> toks = new ArrayList<>(NameTokenizer.tokens(typeName));
        boolean config = false;
        boolean carrier = false;
        while (toks.size() > 1) {
            Set<String> last = forms(toks.get(toks.size() - 1));
            if (intersects(last, configSuffixes)) {
                config = true;
            } else if (intersects(last, carrierSuffixes)) {
                carrier = true;
            } else if (!intersects(last, typeSuffixes)) {
                break;
            }
            toks.remove(toks.size() - 1);
        }
        if (toks.isEmpty()) {
            return Owner.NONE;
        }
        if (toks.size() == 1 && intersects(forms(toks.get(0)), configSuffixes)) {
            return Owner.THING;
        }
        int n = toks.size();
        List<Set<String>> forms = new ArrayList<>(n);
        for (String t : toks) {
            forms.add(forms(t));
        }
        boolean[] covered = coverage(n, phraseSpans(toks, forms, stopPhrases));
        boolean[] thingEnd = phraseEnds(n, phraseSpans(toks, forms, thingPhrases));
        if (thingEnd[n - 1]) {
            // A request or event about a room carries its users' data; it is not the room.
            return carrier ? Owner.NONE : Owner.THING;
        }
        for (int k = n - 1; k >= 0; k--) {
            // A type named after a parent or child is about that person, whatever its fields.
            if (!covered[k] && !thingEnd[k] && (intersects(forms.get(k), personWords)
                    || intersects(forms.get(k), contextPersonWords))) {
                return Owner.PERSON;
            }
        }
        return config ? Owner.THING : Owner.NONE;
    }

    /** Spans of tokens that spell one of the phrases (joined words, the last maybe plural). */
    private static List<Span> phraseSpans(List<String> toks, List<Set<String>> forms,
            Set<String> phrases) {
        List<Span> spans = new ArrayList<>();
        if (phrases.isEmpty()) {
            return spans;
        }
        for (int i = 0; i < toks.size(); i++) {
            StringBuilder prefix = new StringBuilder();
            for (int j = i + 1; j <= toks.size(); j++) {
                for (String f : forms.get(j - 1)) {
                    if (phrases.contains(prefix + f)) {
                        spans.add(new Span(i, j));
                        break;
                    }
                }
                prefix.append(toks.get(j - 1));
            }
        }
        return spans;
    }

    private static boolean[] coverage(int n, List<Span> spans) {
        boolean[] covered = new boolean[n];
        for (Span s : spans) {
            for (int k = s.start(); k < s.end(); k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    private static boolean[] phraseEnds(int n, List<Span> spans) {
        boolean[] ends = new boolean[n];
        for (Span s : spans) {
            ends[s.end() - 1] = true;
        }
        return ends;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The token and its possible singulars; wrong guesses are harmless as they match no term. */
    static Set<String> forms(String token) {
        Set<String> out = new LinkedHashSet<>(4);
        out.add(token);
        String irregular = IRREGULAR_PLURALS.get(token);
        if (irregular != null) {
            out.add(irregular);
        }
        int len = token.length();
        if (len > 3 && token.endsWith("ies")) {
            out.add(token.substring(0, len - 3) + "y");
        }
        if (len > 3 && token.endsWith("es")) {
            out.add(token.substring(0, len - 2));
        }
        if (len >= 3 && token.endsWith("s") && !token.endsWith("ss")) {
            out.add(token.substring(0, len - 1));
        }
        return out;
    }

    /**
     * Number of terms in the dictionary, the person words and stop-list excluded.
     *
     * @return how many terms the dictionary file defines
     */
    public int termCount() {
        return terms.size();
    }

    /**
     * The families (personal data) or kinds (sensitive data) the terms belong to.
     *
     * @return an unmodifiable, sorted set of family names as written in the file's sections
     */
    public Set<String> families() {
        return families;
    }

    @Override
    public String toString() {
        return "NameDictionary[" + name + ", " + terms.size() + " terms]";
    }

    // ---------------------------------------------------------------- loading

    private static final class PersonalHolder {
        static final NameDictionary INSTANCE = load(PERSONAL_FILE);
    }

    private static final class SensitiveHolder {
        static final NameDictionary INSTANCE = load(SENSITIVE_FILE);
    }

    /** The flags a term may carry, as the files write them: the schema takes them from here. */
    static Set<String> termFlags() {
        return Flag.texts();
    }

    /** The one flag of a person word: it names a person only inside a person's type. */
    static Set<String> personWordFlags() {
        return Set.of(Flag.PERSON.text);
    }

    private static NameDictionary load(String file) {
        CatalogFile dictionary = CatalogFile.load(file);
        // The person words live in the personal-data file; the sensitive dictionary shares them.
        CatalogFile personal = file.equals(PERSONAL_FILE) ? dictionary : CatalogFile.load(PERSONAL_FILE);
        return of(dictionary, personal, CatalogFile.load(STOP_FILE));
    }

    /**
     * Builds a dictionary from read files, so that tests can measure a changed one.
     *
     * @param dictionary the terms, with the dictionary's own [stop] and [after]
     * @param personWords the file whose [person-words] name people (personal-data.dict)
     * @param stopList the shared stop-list
     * @throws IllegalStateException listing, one {@code file:line: ...} per line, what is wrong
     *     with the files or between them
     */
    static NameDictionary of(CatalogFile dictionary, CatalogFile personWords, CatalogFile stopList) {
        List<String> problems = new ArrayList<>();
        for (CatalogFile f : new LinkedHashSet<>(List.of(dictionary, personWords, stopList))) {
            problems.addAll(f.problems());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), problems));
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        Map<String, CatalogEntry> termEntries = new LinkedHashMap<>();
        Set<String> stop = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (String section : dictionary.sectionNames()) {
            for (CatalogEntry e : dictionary.entries(section)) {
                String key = String.join("", e.words());
                switch (section) {
                    case STOP -> stop.add(key);
                    case AFTER -> after.add(key);
                    case PERSON_WORDS -> { }
                    default -> {
                        // The parser has refused a term spelt twice; the schema allows these flags only.
                        terms.put(key, new Term(String.join(" ", e.words()), key, section, Flag.of(e.flag().orElse(""))));
                        termEntries.put(key, e);
                    }
                }
            }
        }
        Set<String> persons = new HashSet<>();
        Set<String> contextPersons = new HashSet<>();
        for (CatalogEntry e : personWords.entries(PERSON_WORDS)) {
            (e.flag().isPresent() ? contextPersons : persons).add(e.words().get(0));
        }
        Map<String, Set<String>> lists = new HashMap<>();
        for (String section : stopList.sectionNames()) {
            Set<String> list = lists.computeIfAbsent(section, k -> new HashSet<>());
            for (CatalogEntry e : stopList.entries(section)) {
                list.add(String.join("", e.words()));
            }
        }
        stop.addAll(lists.getOrDefault(STOP, Set.of()));
        after.addAll(lists.getOrDefault(AFTER, Set.of()));
        termEntries.forEach((key, e) -> {
            if (stop.contains(key)) {
                problems.add(e.location() + ": term '" + e.text() + "' is a stop phrase too; it would never match");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), problems));
        }
        return new NameDictionary(dictionary.name(), terms, persons, contextPersons,
                lists.getOrDefault(THINGS, Set.of()), stop, after, lists.getOrDefault(TYPE_SUFFIXES, Set.of()),
                lists.getOrDefault(CONFIG_SUFFIXES, Set.of()), lists.getOrDefault(CARRIER_SUFFIXES, Set.of()),
                lists.getOrDefault(PROGRAM_PARTS, Set.of()), lists.getOrDefault(LOOKUPS, Set.of()),
                lists.getOrDefault(READS, Set.of()), lists.getOrDefault(WRITINGS, Set.of()), lists.getOrDefault(WRITING_VERBS, Set.of()),
                lists.getOrDefault(WRITING_PARTS, Set.of()),
                lists.getOrDefault(CONFIGURED_ACCOUNTS, Set.of()));
    }
}
