package io.github.privacyflow.classify;

import io.github.privacyflow.catalog.Catalogs;
import io.github.privacyflow.catalog.NameDictionary;
import io.github.privacyflow.catalog.NameMatch;
import io.github.privacyflow.catalog.NameTokenizer;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.model.ProgramModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Decides which declarations hold personal or sensitive data, from annotations first and, in
 * heuristic mode, from their names. The declaration rules and the flow engine share it so they
 * agree on what is personal. One instance serves one analysis and remembers its answers; the
 * analysis asks from one thread at a time.
 */
public final class DataClassifier {

    /** The category that data inferred from a name counts as (SPEC §3). */
    public static final String INFERRED_CATEGORY = "user-interaction";

    private final boolean heuristics;
    private final String inferredCategory;
    private final NameDictionary personalNames;
    private final NameDictionary sensitiveNames;
    private final Catalogs catalogs;
    /** Names repeat across a code base ({@code id}, {@code roomId}); matching each once pays off. */
    private final java.util.Map<String, Optional<NameMatch>> matches = new java.util.HashMap<>();
    /** Rules, the flow engine and the data map ask about the same declarations many times. */
    private final java.util.Map<FieldModel, Optional<PersonalClassification>> personalFields = new java.util.HashMap<>();
    private final java.util.Map<ProgramElement, Optional<SensitiveClassification>> sensitiveElements = new java.util.HashMap<>();
    private final java.util.Map<FieldModel, Optional<MethodModel>> getters = new java.util.HashMap<>();
    private final java.util.Map<FieldModel, Boolean> personRows = new java.util.HashMap<>();
    /** The flow engine asks for a field's family at every read of it. */
    private final java.util.Map<FieldModel, Optional<String>> families = new java.util.HashMap<>();
    /** The program's classes by internal name: an enum's values are settings, a class's instances have fields. */
    private final java.util.function.Function<String, Optional<ClassModel>> programTypes;
    /** The program's classes, for the subclasses of a mapped superclass; empty when not known. */
    private final java.util.function.Supplier<java.util.Collection<ClassModel>> programClasses;
    private java.util.Map<String, List<ClassModel>> subclassesBySuper;
    private final java.util.Map<ClassModel, Boolean> personAttributeTypes = new java.util.HashMap<>();
    private final java.util.Map<FieldModel, Optional<NameMatch>> personalFieldNames = new java.util.HashMap<>();
    /** The parameter names each class's constructors and setters store into its fields, by field. */
    private final java.util.Map<ClassModel, java.util.Map<String, List<String>>> parametersStoredAsGiven = new java.util.HashMap<>();
    private final java.util.Map<FieldModel, Optional<NameMatch>> sensitiveFieldNames = new java.util.HashMap<>();

    /**
     * Creates a classifier.
     *
     * @param heuristics whether names count when no annotation speaks
     * @param inferredCategory the category name-inferred data counts as
     * @param personalNames the personal-data dictionary
     * @param sensitiveNames the sensitive-data dictionary
     * @param catalogs which types can hold data
     */
    public DataClassifier(boolean heuristics, String inferredCategory, NameDictionary personalNames,
            NameDictionary sensitiveNames, Catalogs catalogs) {
        this(heuristics, inferredCategory, personalNames, sensitiveNames, catalogs, internalName -> Optional.empty());
    }

    /**
     * Creates a classifier that knows the program's classes: a name never makes an enum's values personal,
     * and a person word alone ({@code owner}) names a program-typed value's instance, not its data.
     *
     * @param heuristics whether names count when no annotation speaks
     * @param inferredCategory the category name-inferred data counts as
     * @param personalNames the personal-data dictionary
     * @param sensitiveNames the sensitive-data dictionary
     * @param catalogs which types can hold data
     * @param programTypes the program's classes by internal name
     */
    public DataClassifier(boolean heuristics, String inferredCategory, NameDictionary personalNames,
            NameDictionary sensitiveNames, Catalogs catalogs, java.util.function.Function<String, Optional<ClassModel>> programTypes) {
        this(heuristics, inferredCategory, personalNames, sensitiveNames, catalogs, programTypes, List::of);
    }

    /**
     * Creates a classifier that knows the whole program: besides what the other constructor gives,
     * a mapped superclass holds a person's attribute when one of its subclasses does.
     *
     * @param heuristics whether names count when no annotation speaks
     * @param inferredCategory the category name-inferred data counts as
     * @param personalNames the personal-data dictionary
     * @param sensitiveNames the sensitive-data dictionary
     * @param catalogs which types can hold data
     * @param program the program's classes
     */
    public DataClassifier(boolean heuristics, String inferredCategory, NameDictionary personalNames,
            NameDictionary sensitiveNames, Catalogs catalogs, ProgramModel program) {
        this(heuristics, inferredCategory, personalNames, sensitiveNames, catalogs, program::find, program::classes);
    }

    private DataClassifier(boolean heuristics, String inferredCategory, NameDictionary personalNames,
            NameDictionary sensitiveNames, Catalogs catalogs, java.util.function.Function<String, Optional<ClassModel>> programTypes,
            java.util.function.Supplier<java.util.Collection<ClassModel>> programClasses) {
        this.programTypes = programTypes;
        this.programClasses = programClasses;
        this.heuristics = heuristics;
        this.inferredCategory = inferredCategory;
        this.personalNames = personalNames;
        this.sensitiveNames = sensitiveNames;
        this.catalogs = catalogs;
    }

    /**
     * Whether name heuristics are on.
     *
     * @return {@code true} in heuristic mode
     */
    public boolean heuristics() {
        return heuristics;
    }

    /**
     * Returns the type-level classification: {@code @PersonalData} on the type, which makes
     * every instance personal data.
     *
     * @param type the type
     * @return the classification, if annotated
     */
    public Optional<PersonalClassification> personalType(ClassModel type) {
        return type.annotation(PrivacyAnnotations.PERSONAL_DATA)
                .map(annotation -> new PersonalClassification(category(annotation), Origin.ANNOTATION, ""));
    }

    /**
     * Classifies a field or record component as personal data.
     *
     * <p>In order: its own {@code @PersonalData} (or its getter's), {@code @NotPersonalData} on
     * it or its enclosing types, {@code @PersonalData} on its type, and, in heuristic mode, a
     * personal or sensitive name.
     *
     * @param field the field
     * @return the classification, or empty when it is not personal data
     */
    public Optional<PersonalClassification> personalField(FieldModel field) {
        Optional<PersonalClassification> known = personalFields.get(field);
        if (known == null) {
            known = classifyField(field);
            personalFields.put(field, known);
        }
        return known;
    }

    private Optional<PersonalClassification> classifyField(FieldModel field) {
        if (field.isSynthetic() || field.isEnumConstant() || isGenerated(field)) {
            return Optional.empty();
        }
        Optional<AnnotationModel> own = field.annotation(PrivacyAnnotations.PERSONAL_DATA)
                .or(() -> cachedGetter(field).flatMap(getter -> getter.annotation(PrivacyAnnotations.PERSONAL_DATA)));
        if (own.isPresent()) {
            return Optional.of(new PersonalClassification(category(own.get()), Origin.ANNOTATION, ""));
        }
        if (declaredNotPersonal(field)) {
            return Optional.empty();
        }
        Optional<PersonalClassification> typeLevel = personalType(field.declaringClass());
        if (typeLevel.isPresent() && !field.isConstant()) {
            return Optional.of(new PersonalClassification(typeLevel.get().category(), Origin.TYPE_ANNOTATION,
                    field.declaringClass().simpleName()));
        }
        if (field.annotation(PrivacyAnnotations.SENSITIVE).isPresent()) {
            return Optional.of(new PersonalClassification(inferredCategory, Origin.ANNOTATION, ""));
        }
        return nameMatch(field, personalNames)
                .or(() -> nameMatch(field, sensitiveNames))
                .or(() -> personReference(field))
                .map(match -> new PersonalClassification(inferredCategory, Origin.NAME, match.term()));
    }

    /** A reference to a person's row as a name match: the person-reference family, the field's name as the term. */
    private Optional<NameMatch> personReference(FieldModel field) {
        return referencesPersonRow(field)
                ? Optional.of(new NameMatch(String.join(" ", NameTokenizer.tokens(field.name())).toLowerCase(java.util.Locale.ROOT),
                        NameEvidence.PERSON_REFERENCE_FAMILY))
                : Optional.empty();
    }

    /**
     * The dictionary family of the name that makes a field personal, when only its name does.
     *
     * @param field the field
     * @return the family ({@code name}, {@code identifier}), or empty when an annotation classifies it or nothing does
     */
    public Optional<String> nameFamily(FieldModel field) {
        return families.computeIfAbsent(field, declared -> personalField(declared).filter(PersonalClassification::inferred).isEmpty()
                ? Optional.empty()
                : nameMatch(declared, personalNames).or(() -> nameMatch(declared, sensitiveNames))
                        .or(() -> personReference(declared)).map(NameMatch::family));
    }

    /**
     * Whether only a person word alone names the field as personal ({@code author}, {@code owner},
     * {@code members}): it says who made or holds a thing, and the thing is not that person's
     * record. Reading the field is reading personal data; handing the whole object over is not.
     *
     * @param field the field
     * @return {@code true} for a name-inferred person reference
     */
    public boolean onlyReferencesAPerson(FieldModel field) {
        return personalField(field).filter(PersonalClassification::inferred).isPresent()
                && nameMatch(field, personalNames).filter(match -> NameEvidence.PERSON_REFERENCE_FAMILY.equals(match.family())).isPresent();
    }

    /**
     * Whether a field's name looks personal while nothing classifies it: what PF002 reports.
     *
     * @param field the field
     * @return the dictionary match, if the field is an unclassified personal name
     */
    public Optional<NameMatch> unclassifiedPersonalName(FieldModel field) {
        if (isGenerated(field) || isClassified(field) || sensitive(field).isPresent()) {
            return Optional.empty();
        }
        return nameMatch(field, personalNames).or(() -> personReference(field));
    }

    private boolean isClassified(FieldModel field) {
        return field.annotation(PrivacyAnnotations.PERSONAL_DATA).isPresent()
                || field.annotation(PrivacyAnnotations.SENSITIVE).isPresent()
                || cachedGetter(field).flatMap(getter -> getter.annotation(PrivacyAnnotations.PERSONAL_DATA)).isPresent()
                || declaredNotPersonal(field)
                || personalType(field.declaringClass()).isPresent()
                || field.declaringClass().annotation(PrivacyAnnotations.SENSITIVE).isPresent();
    }

    /**
     * Classifies a type, field, record component or parameter as special-category data:
     * {@code @Sensitive}, or in heuristic mode a name from the sensitive dictionary.
     *
     * @param element the element
     * @return the classification, or empty when it is not sensitive
     */
    public Optional<SensitiveClassification> sensitive(ProgramElement element) {
        Optional<SensitiveClassification> known = sensitiveElements.get(element);
        if (known == null) {
            known = classifySensitive(element);
            sensitiveElements.put(element, known);
        }
        return known;
    }

    private Optional<SensitiveClassification> classifySensitive(ProgramElement element) {
        Optional<AnnotationModel> annotation = element.annotation(PrivacyAnnotations.SENSITIVE);
        if (annotation.isPresent()) {
            return Optional.of(new SensitiveClassification(annotation.get().string("kind").orElse(""), Origin.ANNOTATION, ""));
        }
        if (!heuristics || declaredNotPersonal(element) || isGenerated(element)) {
            return Optional.empty();
        }
        Optional<NameMatch> match;
        if (element instanceof ClassModel type) {
            match = type.isAnonymous() || type.isSynthetic() || type.isAnnotationType()
                    ? Optional.empty() : cachedMatch(sensitiveNames, type.simpleName(), null);
        } else if (element instanceof FieldModel field) {
            match = nameMatch(field, sensitiveNames);
        } else if (element instanceof ParameterModel parameter) {
            match = nameMatch(parameter, sensitiveNames);
        } else {
            match = Optional.empty();
        }
        return match.map(hit -> new SensitiveClassification(hit.family(), Origin.NAME, hit.term()));
    }

    /**
     * Whether {@code @NotPersonalData} covers the element: on itself or an enclosing type.
     *
     * @param element the element
     * @return {@code true} if declared not personal
     */
    public boolean declaredNotPersonal(ProgramElement element) {
        for (ProgramElement cursor = element; cursor != null; cursor = cursor.enclosing()) {
            if (cursor.annotation(PrivacyAnnotations.NOT_PERSONAL_DATA).isPresent()) {
                return true;
            }
            if (cursor instanceof FieldModel field
                    && cachedGetter(field).flatMap(getter -> getter.annotation(PrivacyAnnotations.NOT_PERSONAL_DATA)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a generator wrote the element or the class holding it: Lombok's builder fields
     * repeat the names of fields classified where the user wrote them.
     *
     * @param element the element
     * @return {@code true} for generated code
     */
    public boolean isGenerated(ProgramElement element) {
        for (ProgramElement cursor = element; cursor != null; cursor = cursor.enclosing()) {
            if (cursor.hasAnyAnnotation(catalogs.generatedCodeAnnotations())) {
                return true;
            }
            if (cursor instanceof ClassModel) {
                return false;
            }
        }
        return false;
    }

    private Optional<NameMatch> nameMatch(FieldModel field, NameDictionary dictionary) {
        // Asked at every read of a field the flow engine follows: each field is matched once.
        java.util.Map<FieldModel, Optional<NameMatch>> known = dictionary == personalNames ? personalFieldNames : sensitiveFieldNames;
        Optional<NameMatch> match = known.get(field);
        if (match == null) {
            match = matchFieldName(field, dictionary);
            known.put(field, match);
        }
        return match;
    }

    private Optional<NameMatch> matchFieldName(FieldModel field, NameDictionary dictionary) {
        if (!heuristics || field.isSynthetic() || field.isEnumConstant()
                || field.isConstant() && !catalogs.isHolderType(field.type().getClassName())
                || !canHoldData(field.type())) {
            return Optional.empty();
        }
        boolean personAttribute = dictionary == personalNames && holdsPersonAttribute(field.declaringClass());
        boolean persisted = field.declaringClass().hasAnyAnnotation(catalogs.persistedTypeAnnotations());
        Optional<NameMatch> byName = cachedMatch(dictionary, field.name(), field.declaringClass().simpleName(), personAttribute, persisted)
                .filter(match -> NameEvidence.typeFits(field.type(), match, programTypes));
        if (byName.isEmpty() && persisted && dictionary == personalNames && isRelation(field)) {
            return contactRow(field);
        }
        if (byName.isEmpty() && dictionary == personalNames) {
            Optional<NameMatch> given = givenAs(field);
            if (given.isPresent()) {
                return given;
            }
            // The city of a postal address: read as a person's, beside a street line or a postal code.
            Optional<NameMatch> part = partOfRecord(field, "Person", persisted, match -> POSTAL_PARTS.contains(match.term()),
                    sibling -> CONTACT_FAMILY.equals(sibling.family()) && POSTAL_TERMS.contains(sibling.term()));
            // The text of a message, beside its recipients: read as a message's, except its own name.
            return part.isPresent() ? part : partOfRecord(field, "Message", persisted,
                    match -> CORRESPONDENCE_FAMILY.equals(match.family()) && !match.term().equals("message"),
                    sibling -> RECIPIENT_TERMS.contains(sibling.term()));
        }
        return byName;
    }

    /**
     * What a constructor or a setter of the field's class says the field holds, by the name of the
     * parameter it stores there as given: JSPWiki's spam filter keeps an editor's IP in a
     * {@code Host} whose constructor reads {@code m_address = ipaddress}. The field's own name says
     * less than the value's; the parameter's name is read on its own, as a local's is, since the
     * class naming a thing (a host) says nothing of whose value it was handed.
     */
    private Optional<NameMatch> givenAs(FieldModel field) {
        for (String parameter : parametersStoredAsGiven.computeIfAbsent(field.declaringClass(), DataClassifier::parametersStoredAsGiven)
                .getOrDefault(field.name(), List.of())) {
            Optional<NameMatch> match = cachedMatch(personalNames, parameter, null)
                    .filter(found -> NameEvidence.typeFits(field.type(), found, programTypes));
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /**
     * The names of the parameters a class's constructors and setters store into its fields as
     * given, by field, read in one pass over the class: every field its names leave unread asks.
     * A parameter named as its field says nothing the field's name does not.
     */
    private static java.util.Map<String, List<String>> parametersStoredAsGiven(ClassModel owner) {
        java.util.Map<String, List<String>> byField = new java.util.HashMap<>();
        for (MethodModel method : owner.methods()) {
            if (method.isStatic() || method.isSynthetic() || method.node().instructions == null
                    || !(method.isConstructor() || method.name().startsWith("set"))) {
                continue;
            }
            for (AbstractInsnNode insn : method.node().instructions) {
                if (insn.getOpcode() == Opcodes.PUTFIELD && insn instanceof FieldInsnNode put && put.owner.equals(owner.internalName())
                        && insn.getPrevious() instanceof VarInsnNode load
                        && load.getOpcode() >= Opcodes.ILOAD && load.getOpcode() <= Opcodes.ALOAD) {
                    parameterAtSlot(method, load.var)
                            .filter(parameter -> parameter.name() != null && !parameter.name().equals(put.name))
                            .ifPresent(parameter -> byField.computeIfAbsent(put.name, key -> new ArrayList<>()).add(parameter.name()));
                }
            }
        }
        return byField;
    }

    /** The parameter a local variable slot of a method holds, if the slot is a parameter's. */
    private static Optional<ParameterModel> parameterAtSlot(MethodModel method, int slot) {
        for (ParameterModel parameter : method.parameters()) {
            if (method.parameterSlot(parameter.index()) == slot) {
                // An inner class's outer instance is handed in by the compiler, not named by the caller.
                return parameter.isImplicit() ? Optional.empty() : Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /**
     * A name that is personal only as part of the record holding it: the city of a record that
     * holds a postal address (Broadleaf's {@code AddressImpl.city}; a city alone is coarse
     * location, a shop's a thing's), the text or body of a record that has recipients (Syncope's
     * {@code JPANotificationTask.textBody}, the mail rendered for a user). The name is read as
     * if a type named {@code readAs} held it, and counts when a sibling field, by its own name in
     * its own type, shows the record is such a thing.
     */
    private Optional<NameMatch> partOfRecord(FieldModel field, String readAs, boolean persisted,
            java.util.function.Predicate<NameMatch> part, java.util.function.Predicate<NameMatch> sibling) {
        Optional<NameMatch> asPart = cachedMatch(personalNames, field.name(), readAs)
                .filter(part)
                .filter(match -> NameEvidence.typeFits(field.type(), match, programTypes));
        if (asPart.isEmpty()) {
            return Optional.empty();
        }
        for (FieldModel other : field.declaringClass().fields()) {
            // The sibling's own name in its own type, never this reading again: two cities would ask each other.
            if (other != field && !other.isStatic()
                    && cachedMatch(personalNames, other.name(), field.declaringClass().simpleName(), false, persisted).filter(sibling).isPresent()) {
                return asPart;
            }
        }
        return Optional.empty();
    }

    /** The parts of a postal address that are only coarse location on their own. */
    private static final Set<String> POSTAL_PARTS = Set.of("city", "district");

    /** Contact terms that only a postal address has. */
    private static final Set<String> POSTAL_TERMS = Set.of("address line", "street", "street address", "postal address",
            "postal code", "zip code", "zip", "postcode");

    private static final String CORRESPONDENCE_FAMILY = "correspondence";

    /** Terms naming who a message is written to. */
    private static final Set<String> RECIPIENT_TERMS = Set.of("recipient", "recipient address", "to address");

    /**
     * A stored record's relation to a row of contact data kept by another module of the
     * application: Broadleaf's order module keeps a shipment's {@code Address address} and
     * {@code Phone phone}, whose columns the profile module declares. The related type's name says
     * what the row holds, so the relation is that contact data of whoever the record concerns;
     * a relation to a type of this module is reported where that type's fields are.
     */
    private Optional<NameMatch> contactRow(FieldModel field) {
        String related = field.type().getInternalName();
        if (programTypes.apply(related).isPresent() || related.startsWith("java/")) {
            return Optional.empty();
        }
        String simple = related.substring(Math.max(related.lastIndexOf('/'), related.lastIndexOf('$')) + 1);
        if (simple.endsWith("Impl")) {
            simple = simple.substring(0, simple.length() - "Impl".length());
        }
        // Read as in a person's record: a related type named Address holds a postal address.
        return cachedMatch(personalNames, simple, "Person").filter(match -> CONTACT_FAMILY.equals(match.family()));
    }

    private static final String CONTACT_FAMILY = "contact";

    /**
     * Whether a mapped type holds one attribute of a person though its name names none: an
     * attribute entity with a relation to a person's row ({@code JPAUPlainAttr.owner}), or one
     * that is a value of such an attribute ({@code JPAUPlainAttrValue.attribute}), or a mapped
     * superclass that one of those extends (Syncope's {@code AbstractPlainAttrValue}, whose
     * {@code stringValue} holds a user's first name, e-mail or phone). Identity and shop schemas
     * keep a person's custom profile fields this way, one row per value.
     *
     * @param type a class of the program
     * @return {@code true} for such a type
     */
    public boolean holdsPersonAttribute(ClassModel type) {
        if (!heuristics) {
            return false;
        }
        Boolean known = personAttributeTypes.get(type);
        if (known == null) {
            known = personalNames.namesAnAttribute(type.simpleName())
                    && (attributeOfPerson(type, 2) || subclasses(type).stream().anyMatch(sub -> attributeOfPerson(sub, 2)));
            personAttributeTypes.put(type, known);
        }
        return known;
    }

    /**
     * Whether a field is personal data in the rows of {@code holder}, a type that declares or
     * inherits it. A mapped superclass's value field is personal only in the subclasses that
     * hold a person's attribute: Syncope keeps users', groups' and devices' attribute values in
     * subclasses of one base, and only the users' values are a person's.
     *
     * @param field a field of {@code holder} or of one of its super classes
     * @param holder the type whose instances are asked about
     * @return {@code true} when the field is personal data there
     */
    public boolean personalIn(FieldModel field, ClassModel holder) {
        Optional<PersonalClassification> classification = personalField(field);
        if (classification.isEmpty()) {
            return false;
        }
        ClassModel declaring = field.declaringClass();
        if (!classification.get().inferred() || holder == declaring || !holdsPersonAttribute(declaring)) {
            return true;
        }
        boolean byItsOwnName = cachedMatch(personalNames, field.name(), declaring.simpleName(), false,
                declaring.hasAnyAnnotation(catalogs.persistedTypeAnnotations()))
                .filter(match -> NameEvidence.typeFits(field.type(), match, programTypes)).isPresent()
                || nameMatch(field, sensitiveNames).isPresent() || referencesPersonRow(field);
        return byItsOwnName || attributeOfPerson(holder, 2);
    }

    /** A persisted attribute type whose relations reach a person's row within {@code hops} attribute types. */
    private boolean attributeOfPerson(ClassModel type, int hops) {
        if (hops == 0 || !type.hasAnyAnnotation(catalogs.persistedTypeAnnotations())
                || !personalNames.namesAnAttribute(type.simpleName())) {
            return false;
        }
        // Walked with a visited set: corrupt class files can make the hierarchy a cycle.
        java.util.Set<ClassModel> walked = new java.util.HashSet<>();
        for (ClassModel declaring = type; declaring != null && walked.add(declaring);
                declaring = declaring.superName() == null ? null : programTypes.apply(declaring.superName()).orElse(null)) {
            for (FieldModel field : declaring.fields()) {
                if (field.isStatic() || field.type().getSort() != Type.OBJECT || !isRelation(field)) {
                    continue;
                }
                if (referencesPersonRow(field)) {
                    return true;
                }
                Optional<ClassModel> related = programTypes.apply(field.type().getInternalName());
                if (related.isPresent() && related.get() != type && attributeOfPerson(related.get(), hops - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isRelation(FieldModel field) {
        return field.hasAnyAnnotation(catalogs.relationAnnotations())
                || cachedGetter(field).filter(getter -> getter.hasAnyAnnotation(catalogs.relationAnnotations())).isPresent();
    }

    /** The program's subclasses of a type, at any depth. */
    private List<ClassModel> subclasses(ClassModel type) {
        if (subclassesBySuper == null) {
            subclassesBySuper = new java.util.HashMap<>();
            for (ClassModel c : programClasses.get()) {
                if (c.superName() != null) {
                    subclassesBySuper.computeIfAbsent(c.superName(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<ClassModel> found = new ArrayList<>();
        java.util.Deque<ClassModel> pending = new java.util.ArrayDeque<>(List.of(type));
        java.util.Set<ClassModel> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            for (ClassModel sub : subclassesBySuper.getOrDefault(pending.pop().internalName(), List.of())) {
                if (seen.add(sub)) {
                    found.add(sub);
                    pending.push(sub);
                }
            }
        }
        return found;
    }

    /**
     * Whether a call looks a person up: its name says it reads by a key that may be a person's
     * ({@link NameDictionary#readsByAPersonsKey}) and it returns a person's type, not a piece of
     * program named after people ({@code UserProfile getUserInfo(String uid)}, {@code
     * findUserByLogin(realm, login)}; not {@code UserService getService(String tenant)}), in
     * heuristic mode. Which argument is the key is the caller's to say.
     *
     * @param methodName the called method's name
     * @param descriptor its descriptor
     * @return {@code true} for such a lookup
     */
    public boolean looksUpAPerson(String methodName, String descriptor) {
        Type returned = Type.getReturnType(descriptor);
        if (!heuristics || returned.getSort() != Type.OBJECT || !personalNames.readsByAPersonsKey(methodName)) {
            return false;
        }
        String simple = simpleName(returned.getInternalName());
        return personalNames.headedByPersonWord(simple) && !personalNames.isProgramPart(simple);
    }

    /**
     * Whether a field of a mapped type refers to a person's row ({@code OrderImpl.customer},
     * {@code UserConsentEntity.user}): a relation (JPA {@code @ManyToOne}, {@code @OneToOne},
     * {@code @JoinColumn}) whose type is headed by a person word and whose name by one or by a
     * word that names a person beside one ({@code JPAUser owner}). Its column is
     * that person's key, which ties the row to the person, so the field is personal data. It is
     * evidence for the declaration rules only: the object read from it carries its own fields'
     * data into flows.
     *
     * @param field a field
     * @return {@code true} for such a reference
     */
    public boolean referencesPersonRow(FieldModel field) {
        // Asked at every read of a personal field: the words of its name are split once.
        return personRows.computeIfAbsent(field, this::findsPersonRow);
    }

    private boolean findsPersonRow(FieldModel field) {
        Type type = field.type();
        if (!heuristics || field.isStatic() || field.isSynthetic() || type.getSort() != Type.OBJECT
                || !personalNames.headedByPersonOrRoleWord(field.name())
                || !personalNames.headedByPersonWord(simpleName(type.getInternalName()))) {
            return false;
        }
        return isRelation(field) && field.declaringClass().hasAnyAnnotation(catalogs.persistedTypeAnnotations());
    }

    private static String simpleName(String internalName) {
        return internalName.substring(Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$')) + 1);
    }

    private Optional<NameMatch> nameMatch(ParameterModel parameter, NameDictionary dictionary) {
        MethodModel method = parameter.method();
        if (parameter.name() == null || parameter.isImplicit() || method.isSynthetic()
                || parameter.name().startsWith("this$") || !canHoldData(parameter.type())) {
            return Optional.empty();
        }
        return cachedMatch(dictionary, parameter.name(), method.declaringClass().simpleName())
                .filter(match -> NameEvidence.typeFits(parameter.type(), match, programTypes));
    }

    /**
     * Classifies a parameter or a local variable by its name alone, in heuristic mode: what a
     * value named {@code email} or {@code userOrEmail} holds when nothing upstream says more.
     *
     * @param name the parameter's or local's name
     * @param type its declared type
     * @param enclosingType the simple name of the class declaring the method
     * @return the match, when the name is personal and the type can hold such data
     */
    public Optional<NameMatch> personalVariable(String name, Type type, String enclosingType) {
        if (!heuristics || name == null || name.startsWith("this$") || !canHoldData(type)) {
            return Optional.empty();
        }
        return cachedMatch(personalNames, name, enclosingType)
                .filter(match -> NameEvidence.typeFits(type, match, programTypes))
                .filter(match -> valueOfItsName(type, match));
    }

    /**
     * Classifies a parameter of a method that makes or changes a person's writing
     * ({@code newPost(..., content)}, {@code addComment(text)}) as a part of that writing, the way a
     * writing type's fields are read (see {@link NameDictionary#writtenPart}).
     *
     * @param name the parameter's name
     * @param type its declared type
     * @param methodName the declaring method's name
     * @return the match, when the method makes a writing and the name is a part of one
     */
    public Optional<NameMatch> writtenParameter(String name, Type type, String methodName) {
        if (!heuristics || name == null || !canHoldData(type)) {
            return Optional.empty();
        }
        return personalNames.writtenPart(name, methodName).filter(match -> NameEvidence.typeFits(type, match, programTypes));
    }

    /**
     * Classifies a local variable by its name alone, like {@link #personalVariable}; in a piece of
     * program (a login module, a service) the class's name says nothing about whose data a local
     * holds, so the name is read on its own: a login module's {@code username} is the user's,
     * while a person word alone ({@code recipients}, {@code user}) stays the part's own setting.
     *
     * @param name the local's name
     * @param type its declared type
     * @param enclosingType the simple name of the class declaring the method
     * @return the match, when the name is personal and the type can hold such data
     */
    public Optional<NameMatch> personalLocal(String name, Type type, String enclosingType) {
        if (!personalNames.isProgramPart(enclosingType)) {
            return personalVariable(name, type, enclosingType);
        }
        // A person word alone ("recipients", "user") stays the program part's own setting or
        // account, as it is for the part's fields.
        return personalVariable(name, type, null)
                .filter(match -> !NameEvidence.PERSON_REFERENCE_FAMILY.equals(match.family()));
    }

    /**
     * Whether a variable's type is a value the name can describe: text, a number, a JDK value, or
     * a type whose own name is personal data ({@code Username username}, {@code MailAddress
     * sender}). A {@code Mail mail} is a whole message with its envelope, not a mail address.
     */
    private boolean valueOfItsName(Type type, NameMatch match) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() != Type.OBJECT || element.getClassName().startsWith("java.")) {
            return true;
        }
        String simpleName = element.getClassName().substring(element.getClassName().lastIndexOf('.') + 1);
        return cachedMatch(personalNames, simpleName.replace('$', '_'), null).isPresent()
                || NameEvidence.PERSON_REFERENCE_FAMILY.equals(match.family()) && programTypes.apply(element.getInternalName()).isEmpty();
    }

    /**
     * Classifies the result of a library getter by its name, in heuristic mode: a jar's
     * {@code Mail.getRecipients()} or {@code Request.getRemoteUser()} returns people's data.
     *
     * @param getterName the method's name, {@code get...}
     * @param returnType the method's return type
     * @param ownerSimpleName the simple name of the class declaring it
     * @return the match, when the property is personal and its type can hold such data
     */
    public Optional<NameMatch> personalGetter(String getterName, Type returnType, String ownerSimpleName) {
        if (!heuristics || getterName.length() <= 3 || !getterName.startsWith("get")
                || !Character.isUpperCase(getterName.charAt(3)) || !canHoldData(returnType)) {
            return Optional.empty();
        }
        String property = Character.toLowerCase(getterName.charAt(3)) + getterName.substring(4);
        return cachedMatch(personalNames, property, ownerSimpleName)
                .filter(match -> NameEvidence.typeFits(returnType, match, programTypes));
    }

    private Optional<NameMatch> cachedMatch(NameDictionary dictionary, String identifier, String enclosingType) {
        return cachedMatch(dictionary, identifier, enclosingType, false, false);
    }

    private Optional<NameMatch> cachedMatch(NameDictionary dictionary, String identifier, String enclosingType,
            boolean personAttributeType, boolean persistedType) {
        String key = (dictionary == personalNames ? "p" : "s") + (personAttributeType ? "a" : "") + (persistedType ? "m" : "")
                + identifier + '\0' + enclosingType;
        Optional<NameMatch> known = matches.get(key);
        if (known == null) {
            known = dictionary.match(identifier, enclosingType, personAttributeType, persistedType);
            matches.put(key, known);
        }
        return known;
    }

    private boolean canHoldData(Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        return catalogs.canHoldData(element.getClassName());
    }

    private Optional<MethodModel> cachedGetter(FieldModel field) {
        Optional<MethodModel> known = getters.get(field);
        if (known == null) {
            known = getterOf(field);
            getters.put(field, known);
        }
        return known;
    }

    /**
     * Finds the getter of a field: {@code getX()}, {@code isX()} or a record's {@code x()}.
     *
     * @param field the field
     * @return the getter declared in the same class, if any
     */
    public static Optional<MethodModel> getterOf(FieldModel field) {
        String capitalised = Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
        for (MethodModel method : field.declaringClass().methods()) {
            if (!method.parameters().isEmpty() || method.isStatic()) {
                continue;
            }
            String name = method.name();
            if (name.equals("get" + capitalised) || name.equals("is" + capitalised)
                    || (field.isRecordComponent() && name.equals(field.name()))) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static String category(AnnotationModel personalData) {
        return personalData.string("category").orElse("");
    }
}
