package io.github.privacyflow.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.ProgramElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Type;

/**
 * Finds the syntax-tree node that declares a program element read from bytecode.
 *
 * <p>Bytecode names nested, local and anonymous classes by binary name; the tree names them
 * by where they stand. The class model's inner-class facts bridge the two.
 */
final class Declarations {

    private Declarations() {
    }

    /**
     * A type's declaration: the node, the node holding its name, and its body.
     */
    record TypeNode(Node node, Node nameNode, List<BodyDeclaration<?>> members) {
    }

    static Optional<Node> declarationOf(ParsedSource source, ProgramElement element) {
        CompilationUnit unit = source.unit();
        if (element instanceof ClassModel type && type.isPackageInfo()) {
            return unit.getPackageDeclaration().map(Node.class::cast);
        }
        if (element instanceof ClassModel type) {
            return source.typeNode(type).map(TypeNode::node);
        }
        if (element instanceof FieldModel field) {
            return source.typeNode(field.declaringClass()).flatMap(type -> fieldNode(type, field));
        }
        if (element instanceof MethodModel method) {
            return source.typeNode(method.declaringClass()).flatMap(type -> methodNode(type, method));
        }
        ParameterModel parameter = (ParameterModel) element;
        return declarationOf(source, parameter.method()).flatMap(node -> parameterNode(node, parameter));
    }

    /** Returns the node whose position is the element's name. */
    static Optional<Node> nameNodeOf(ParsedSource source, ProgramElement element) {
        CompilationUnit unit = source.unit();
        if (element instanceof ClassModel type && type.isPackageInfo()) {
            return unit.getPackageDeclaration().map(declaration -> declaration.getName());
        }
        if (element instanceof ClassModel type) {
            return source.typeNode(type).map(TypeNode::nameNode);
        }
        return declarationOf(source, element).map(Declarations::nameOf);
    }

    private static Node nameOf(Node declaration) {
        if (declaration instanceof VariableDeclarator variable) {
            return variable.getName();
        }
        if (declaration instanceof Parameter parameter) {
            return parameter.getName();
        }
        if (declaration instanceof CallableDeclaration<?> callable) {
            return callable.getName();
        }
        if (declaration instanceof CompactConstructorDeclaration compact) {
            return compact.getName();
        }
        if (declaration instanceof EnumConstantDeclaration constant) {
            return constant.getName();
        }
        if (declaration instanceof TypeDeclaration<?> type) {
            return type.getName();
        }
        return declaration;
    }

    static Optional<TypeNode> findTypeNode(ParsedSource source, ClassModel type) {
        CompilationUnit unit = source.unit();
        ClassModel enclosing = type.enclosing() instanceof ClassModel outer ? outer : null;
        if (enclosing == null) {
            for (TypeDeclaration<?> topLevel : unit.getTypes()) {
                if (topLevel.getNameAsString().equals(type.simpleName())) {
                    return Optional.of(of(topLevel));
                }
            }
            return Optional.empty();
        }
        Optional<TypeNode> outerNode = source.typeNode(enclosing);
        if (outerNode.isEmpty()) {
            return Optional.empty();
        }
        Node outerDeclaration = outerNode.get().node();
        if (type.isAnonymous()) {
            return anonymousNode(outerDeclaration, type.firstCodeLine());
        }
        if (type.isLocal()) {
            for (LocalClassDeclarationStmt local : outerDeclaration.findAll(LocalClassDeclarationStmt.class)) {
                if (local.getClassDeclaration().getNameAsString().equals(type.simpleName())) {
                    return Optional.of(of(local.getClassDeclaration()));
                }
            }
            for (LocalRecordDeclarationStmt local : outerDeclaration.findAll(LocalRecordDeclarationStmt.class)) {
                if (local.getRecordDeclaration().getNameAsString().equals(type.simpleName())) {
                    return Optional.of(of(local.getRecordDeclaration()));
                }
            }
            return Optional.empty();
        }
        for (BodyDeclaration<?> member : outerNode.get().members()) {
            if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(type.simpleName())) {
                return Optional.of(of(nested));
            }
        }
        return Optional.empty();
    }

    private static TypeNode of(TypeDeclaration<?> declaration) {
        List<BodyDeclaration<?>> members = new ArrayList<>(declaration.getMembers());
        return new TypeNode(declaration, declaration.getName(), members);
    }

    private static Optional<TypeNode> anonymousNode(Node outer, int line) {
        for (ObjectCreationExpr creation : outer.findAll(ObjectCreationExpr.class)) {
            Optional<NodeList<BodyDeclaration<?>>> body = creation.getAnonymousClassBody();
            if (body.isPresent() && line > 0 && contains(creation, line)) {
                return Optional.of(new TypeNode(creation, creation.getType(), new ArrayList<>(body.get())));
            }
        }
        return Optional.empty();
    }

    static boolean contains(Node node, int line) {
        return node.getRange().map(range -> range.begin.line <= line && line <= range.end.line).orElse(false);
    }

    private static Optional<Node> fieldNode(TypeNode type, FieldModel field) {
        if (type.node() instanceof RecordDeclaration record && field.isRecordComponent()) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(field.name())) {
                    return Optional.of(component);
                }
            }
        }
        if (type.node() instanceof EnumDeclaration enumDeclaration && field.isEnumConstant()) {
            for (EnumConstantDeclaration constant : enumDeclaration.getEntries()) {
                if (constant.getNameAsString().equals(field.name())) {
                    return Optional.of(constant);
                }
            }
        }
        for (BodyDeclaration<?> member : type.members()) {
            if (member instanceof FieldDeclaration declaration) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (variable.getNameAsString().equals(field.name())) {
                        return Optional.of(variable);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> methodNode(TypeNode type, MethodModel method) {
        int explicit = method.parameters().size();
        List<Node> candidates = new ArrayList<>();
        for (BodyDeclaration<?> member : type.members()) {
            if (method.isConstructor() && member instanceof ConstructorDeclaration constructor) {
                candidates.add(constructor);
            } else if (method.isConstructor() && member instanceof CompactConstructorDeclaration compact) {
                candidates.add(compact);
            } else if (member instanceof MethodDeclaration declared && declared.getNameAsString().equals(method.name())) {
                candidates.add(declared);
            }
        }
        Node best = null;
        int bestScore = -1;
        for (Node candidate : candidates) {
            int score = matchScore(candidate, method, explicit);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Scores how well a declaration's parameters fit the descriptor: count first, then simple type names. */
    private static int matchScore(Node candidate, MethodModel method, int descriptorCount) {
        if (candidate instanceof CompactConstructorDeclaration) {
            return method.declaringClass().isRecord() ? 1 : 0;
        }
        NodeList<Parameter> parameters = ((CallableDeclaration<?>) candidate).getParameters();
        // Inner-class and enum constructors carry implicit leading parameters in bytecode.
        int shift = descriptorCount - parameters.size();
        if (shift < 0 || (shift > 0 && !method.isConstructor())) {
            return 0;
        }
        int score = 1;
        Type[] types = Type.getArgumentTypes(method.descriptor());
        for (int i = 0; i < parameters.size(); i++) {
            String written = parameters.get(i).getType().asString().replaceAll("<.*>", "").replace("...", "[]");
            String simple = written.substring(written.lastIndexOf('.') + 1);
            String bytecodeName = types[i + shift].getClassName();
            String bytecodeSimple = bytecodeName.substring(Math.max(bytecodeName.lastIndexOf('.'), bytecodeName.lastIndexOf('$')) + 1);
            if (simple.equals(bytecodeSimple)) {
                score++;
            }
        }
        return score + (shift == 0 ? 1 : 0);
    }

    private static Optional<Node> parameterNode(Node method, ParameterModel parameter) {
        NodeList<Parameter> parameters;
        if (method instanceof CallableDeclaration<?> callable) {
            parameters = callable.getParameters();
        } else {
            return Optional.empty();
        }
        int shift = parameter.method().parameters().size() - parameters.size();
        int position = parameter.index() - shift;
        return position >= 0 && position < parameters.size() ? Optional.of(parameters.get(position)) : Optional.empty();
    }

    /** Every type, callable and field declaration of a file. */
    static List<Node> allDeclarations(CompilationUnit unit) {
        return unit.findAll(Node.class, candidate -> candidate instanceof TypeDeclaration<?>
                || candidate instanceof CallableDeclaration<?> || candidate instanceof CompactConstructorDeclaration
                || candidate instanceof FieldDeclaration);
    }

    /** Returns the innermost type or callable declaration that spans a line, for code-level anchors. */
    static Optional<Node> innermostDeclarationAt(ParsedSource source, int line) {
        Node best = null;
        for (Node node : source.declarations()) {
            if (contains(node, line) && (best == null || isInside(node, best))) {
                best = node;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isInside(Node inner, Node outer) {
        for (Node cursor = inner.getParentNode().orElse(null); cursor != null; cursor = cursor.getParentNode().orElse(null)) {
            if (cursor == outer) {
                return true;
            }
        }
        return false;
    }
}
