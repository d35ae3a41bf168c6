package io.github.privacyflow.rules;

import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.NamedQueries;
import io.github.privacyflow.model.PrivacyAnnotations;
import io.github.privacyflow.model.ProgramModel;
import io.github.privacyflow.model.Relations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Every way the module's code deletes stored data: {@code @Erases} methods, JPA and Hibernate
 * removes by argument type, Spring Data {@code delete*} calls by repository domain type, and SQL
 * or JPQL {@code DELETE} statements by table name. Built once per analysis by scanning the
 * instructions.
 */
final class ErasurePaths {

    private static final Pattern DELETE_STATEMENT = Pattern.compile(
            "\\bdelete\\s+(?:from\\s+)?([\\w.`\"\\[\\]]+)", Pattern.CASE_INSENSITIVE);

    /**
     * A DELETE's condition that compares with a point in time: rows older than a cutoff go. SQL's
     * {@code <>} is "not equal" ({@code attr.id <> :attrId}, Keycloak's attribute clean-up).
     */
    private static final Pattern AGE_CONDITION = Pattern.compile(
            "\\bwhere\\b.*(<(?!>)|\\bbefore\\b|\\bolder\\b|\\bexpire)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A derived delete of a Spring Data repository by age: deleteByCreatedAtBefore(cutoff). */
    private static final Pattern AGED_DERIVED_DELETE = Pattern.compile(
            "(?:delete|remove)(?:All)?By\\w*(?:Before|LessThan|LessThanEqual|OlderThan)");

    private final ProgramModel program;
    private final Set<String> erasedTypes = new HashSet<>();
    private final Set<String> deletedTables = new HashSet<>();
    /** Tables and types that some code deletes by age, each with the first place that does. */
    private final java.util.Map<String, String> agedTables = new java.util.TreeMap<>();
    private final java.util.Map<String, String> agedTypes = new java.util.TreeMap<>();
    /** Relation fields whose removal cascades to what they hold, found in the one pass over the program. */
    private final List<FieldModel> cascadingRelations = new ArrayList<>();

    ErasurePaths(RuleContext context) {
        this.program = context.program();
        Set<String> removeCalls = context.catalogs().removeCalls();
        for (ClassModel type : program.classes()) {
            // An entity's @NamedQuery("delete from LoginFailure f where f.lastFailure < :expire").
            for (NamedQueries.NamedQuery query : NamedQueries.declaredBy(type)) {
                if (!query.isNative()) {
                    addDeletedTables(query.text(), type.simpleName() + "'s named query " + query.name());
                }
            }
            for (FieldModel field : type.fields()) {
                // A constant that no code reads survives only as the field's ConstantValue.
                if (field.constantValue() instanceof String text) {
                    addDeletedTables(text, null);
                }
                if (cascadesRemoval(field)) {
                    cascadingRelations.add(field);
                }
            }
            for (MethodModel method : type.methods()) {
                method.annotation(PrivacyAnnotations.ERASES).map(annotation -> annotation.classes("value"))
                        .ifPresent(erasedTypes::addAll);
                for (AnnotationModel annotation : method.annotations()) {
                    // A repository's @Query("delete from Comment c where c.created < :cutoff").
                    annotation.string("value").ifPresent(text -> addDeletedTables(text, where(method, method.firstLine())));
                }
                scan(context, method, removeCalls);
            }
        }
    }

    private void scan(RuleContext context, MethodModel method, Set<String> removeCalls) {
        Frame<BasicValue>[] frames = null;
        boolean analysed = false;
        int index = 0;
        int line = method.firstLine();
        String namedClass = null;
        for (AbstractInsnNode insn : method.node().instructions) {
            if (insn instanceof org.objectweb.asm.tree.LineNumberNode number) {
                line = number.line;
            }
            if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
                addDeletedTables(text, where(method, line));
            } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type literal && literal.getSort() == Type.OBJECT) {
                namedClass = literal.getInternalName();
            } else if (insn instanceof InvokeDynamicInsnNode dynamic) {
                for (Object argument : dynamic.bsmArgs) {
                    if (argument instanceof String recipe) {
                        // "DELETE FROM " + Token.class.getSimpleName() + " t WHERE t.expires < :now":
                        // the one slot a class's name fills is that class's simple name.
                        String text = namedClass != null && recipe.indexOf('\u0001') == recipe.lastIndexOf('\u0001')
                                ? recipe.replace("\u0001", namedClass.substring(namedClass.lastIndexOf('/') + 1)) : recipe;
                        addDeletedTables(text, where(method, line));
                    }
                }
                namedClass = null;
            } else if (insn instanceof MethodInsnNode call) {
                if (removeCalls.contains(call.owner.replace('/', '.') + "#" + call.name)) {
                    if (!analysed) {
                        frames = StaticTypes.frames(program, method, context.catalogs().typedByClassArgument()).orElse(null);
                        analysed = true;
                    }
                    Frame<BasicValue> frame = frames == null ? null : frames[index];
                    StaticTypes.argumentType(frame, call, 0)
                            .filter(type -> type.getSort() == Type.OBJECT && !type.getInternalName().equals("java/lang/Object"))
                            .ifPresent(type -> erasedTypes.add(type.getInternalName()));
                } else if (call.name.startsWith("delete") || call.name.startsWith("remove")) {
                    Optional<String> domain = repositoryDomainType(context, call.owner);
                    domain.ifPresent(erasedTypes::add);
                    if (domain.isPresent() && AGED_DERIVED_DELETE.matcher(call.name).matches()) {
                        agedTypes.putIfAbsent(domain.get(), where(method, line));
                    }
                }
            }
            index++;
        }
    }

    /**
     * Records the tables a SQL or JPQL text deletes from; with a place, also those it deletes from
     * by age ({@code WHERE created < ?}), which are their retention.
     */
    private void addDeletedTables(String text, String where) {
        boolean byAge = where != null && AGE_CONDITION.matcher(text).find();
        Matcher matcher = DELETE_STATEMENT.matcher(text);
        while (matcher.find()) {
            String table = matcher.group(1).replaceAll("[`\"\\[\\]]", "");
            table = table.substring(table.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            deletedTables.add(table);
            if (byAge) {
                agedTables.putIfAbsent(table, where);
            }
        }
    }

    private static String where(MethodModel method, int line) {
        return method.declaringClass().simpleName() + "." + method.sourceName() + "()"
                + (line > 0 ? " at " + method.declaringClass().sourceFileName().orElse(method.declaringClass().simpleName() + ".java")
                        + ":" + line : "");
    }

    /**
     * Where the module deletes stored instances of a type by age: a cleanup that removes rows
     * older than a cutoff (a SQL or JPQL {@code DELETE ... WHERE created < ?}, a repository's
     * {@code deleteByCreatedAtBefore(cutoff)}) is that type's retention, enforced by code.
     *
     * @param type the type
     * @param tableNames lower-case names its table may have
     * @return the method and place that deletes it by age, if any
     */
    Optional<String> agedDeletion(ClassModel type, Set<String> tableNames) {
        for (java.util.Map.Entry<String, String> aged : agedTypes.entrySet()) {
            if (program.isSelfOrSupertype(type.internalName(), aged.getKey())) {
                return Optional.of(aged.getValue());
            }
        }
        for (String table : tableNames) {
            if (agedTables.containsKey(table)) {
                return Optional.of(agedTables.get(table));
            }
        }
        return Optional.empty();
    }

    /**
     * The mapped types whose removal removes instances of a type with them: an owner whose
     * {@code @OneToMany} or {@code @OneToOne} relation to the type cascades removal ({@code
     * cascade} {@code ALL} or {@code REMOVE}) or removes orphans. Its rows are the owner's parts.
     *
     * @param type the owned type
     * @return the owners, in the program's order
     */
    List<ClassModel> cascadingOwners(ClassModel type) {
        List<ClassModel> owners = new ArrayList<>();
        for (FieldModel field : cascadingRelations) {
            if (holdsType(field, type) && !owners.contains(field.declaringClass())) {
                owners.add(field.declaringClass());
            }
        }
        return owners;
    }

    private static boolean cascadesRemoval(FieldModel field) {
        Set<String> cascaded = Relations.cascades(field, Set.of("OneToMany", "OneToOne"));
        return cascaded.contains("ALL") || cascaded.contains("REMOVE");
    }

    /** Whether a relation field holds the type: as its target entity, its declared type, or a type argument. */
    private boolean holdsType(FieldModel field, ClassModel type) {
        for (String name : Relations.heldClasses(field)) {
            if (program.isSelfOrSupertype(type.internalName(), name)) {
                return true;
            }
        }
        return false;
    }

    /** The domain type of a module-declared Spring Data repository interface. */
    private Optional<String> repositoryDomainType(RuleContext context, String repository) {
        Optional<ClassModel> model = program.find(repository);
        if (model.isEmpty() || !model.get().isInterface()) {
            return Optional.empty();
        }
        for (AnnotationModel annotation : model.get().annotations()) {
            if (annotation.typeName().equals("org.springframework.data.repository.RepositoryDefinition")) {
                return annotation.classes("domainClass").stream().findFirst();
            }
        }
        Optional<String> signature = model.get().genericSignature();
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        FirstTypeArguments arguments = new FirstTypeArguments();
        new SignatureReader(signature.get()).accept(arguments);
        for (int i = 0; i < arguments.interfaces.size(); i++) {
            String superInterface = arguments.interfaces.get(i);
            String domain = arguments.firstArguments.get(i);
            if (domain == null) {
                continue;
            }
            boolean springData = context.catalogs().repositoryPackages().stream()
                    .anyMatch(prefix -> superInterface.replace('/', '.').startsWith(prefix));
            if (springData || program.find(superInterface).isPresent()) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the module erases stored instances of a type.
     *
     * @param type the retained type
     * @param tableNames lower-case names its table may have
     * @return {@code true} if some erasure path covers it
     */
    boolean erases(ClassModel type, Set<String> tableNames) {
        for (String erased : erasedTypes) {
            if (!erased.equals("java/lang/Object") && program.isSelfOrSupertype(type.internalName(), erased)) {
                return true;
            }
        }
        for (String table : tableNames) {
            if (deletedTables.contains(table)) {
                return true;
            }
        }
        return false;
    }

    /** Collects, for a class signature, each super interface and its first type argument. */
    private static final class FirstTypeArguments extends SignatureVisitor {
        private final List<String> interfaces = new ArrayList<>();
        private final List<String> firstArguments = new ArrayList<>();
        private int depth;
        private boolean inInterface;
        private boolean awaitingFirstArgument;

        FirstTypeArguments() {
            super(Opcodes.ASM9);
        }

        @Override
        public SignatureVisitor visitInterface() {
            inInterface = true;
            depth = 0;
            return this;
        }

        @Override
        public SignatureVisitor visitSuperclass() {
            inInterface = false;
            return this;
        }

        @Override
        public void visitClassType(String name) {
            if (inInterface && depth == 0) {
                interfaces.add(name);
                firstArguments.add(null);
                awaitingFirstArgument = true;
            } else if (inInterface && depth == 1 && awaitingFirstArgument) {
                firstArguments.set(firstArguments.size() - 1, name);
                awaitingFirstArgument = false;
            }
            depth++;
        }

        @Override
        public void visitTypeVariable(String name) {
            if (inInterface && depth == 1) {
                awaitingFirstArgument = false;
            }
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            return this;
        }

        @Override
        public void visitTypeArgument() {
            if (inInterface && depth == 1) {
                awaitingFirstArgument = false;
            }
        }

        @Override
        public void visitEnd() {
            depth--;
            if (depth == 1) {
                awaitingFirstArgument = false;
            }
        }
    }
}
