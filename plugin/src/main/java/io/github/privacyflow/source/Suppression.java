package io.github.privacyflow.source;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code @SuppressWarnings} values and decides whether they silence a rule. */
public final class Suppression {

    /** The value that silences every privacyflow rule, as Error Prone's check names do for one check. */
    public static final String ALL_RULES = "privacyflow";

    private Suppression() {
    }

    /**
     * Whether a set of suppressed names silences a rule.
     *
     * @param suppressed names from {@code @SuppressWarnings}
     * @param ruleId e.g. {@code PF002}
     * @return {@code true} if the rule is silenced
     */
    public static boolean silences(Set<String> suppressed, String ruleId) {
        return suppressed.contains(ruleId) || suppressed.contains(ALL_RULES);
    }

    static List<String> values(AnnotationExpr annotation) {
        List<String> values = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            collect(single.getMemberValue(), values);
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value")) {
                    collect(pair.getValue(), values);
                }
            }
        }
        return values;
    }

    private static void collect(Expression expression, List<String> values) {
        if (expression instanceof StringLiteralExpr literal) {
            values.add(literal.asString());
        } else if (expression instanceof ArrayInitializerExpr array) {
            for (Expression element : array.getValues()) {
                collect(element, values);
            }
        }
    }
}
