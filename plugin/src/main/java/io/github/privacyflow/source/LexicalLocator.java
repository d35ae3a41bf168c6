package io.github.privacyflow.source;

import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.model.SourceLocation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places findings in a source that does not parse, by looking for the declaration's name in
 * the text. Good enough to keep the finding in the right file near the right line; the
 * warning about the syntax error tells the user why it may be off. Columns from a text
 * search are not trusted enough to print, so only lines are given.
 */
final class LexicalLocator {

    private static final int NOT_FOUND = -1;

    private LexicalLocator() {
    }

    static SourceLocation locate(ParsedSource source, ProgramElement element, int bytecodeLine) {
        ClassModel type = element.declaringClass();
        int typeLine = find(source.lines(), 0, Pattern.compile(
                "\\b(?:class|interface|enum|record|@interface)\\s+" + Pattern.quote(type.simpleName()) + "\\b"));
        if (element instanceof ClassModel) {
            return at(source, typeLine);
        }
        int from = Math.max(0, typeLine);
        if (element instanceof FieldModel field) {
            return at(source, find(source.lines(), from,
                    Pattern.compile("\\b" + Pattern.quote(field.name()) + "\\s*(?:[=;,)\\[]|$)")));
        }
        MethodModel method = element instanceof ParameterModel parameter ? parameter.method() : (MethodModel) element;
        int methodLine = find(source.lines(), from, Pattern.compile("\\b" + Pattern.quote(method.sourceName()) + "\\s*\\("));
        if (element instanceof ParameterModel parameter && parameter.name() != null && methodLine != NOT_FOUND) {
            int parameterLine = find(source.lines(), methodLine, Pattern.compile("\\b" + Pattern.quote(parameter.name()) + "\\b"));
            if (parameterLine != NOT_FOUND) {
                return at(source, parameterLine);
            }
        }
        if (methodLine == NOT_FOUND && bytecodeLine > 0) {
            return new SourceLocation(source.file(), bytecodeLine, 0);
        }
        return at(source, methodLine);
    }

    static SourceLocation annotationBefore(ParsedSource source, SourceLocation element, String annotationType) {
        String simpleName = annotationType.substring(Math.max(annotationType.lastIndexOf('.'), annotationType.lastIndexOf('$')) + 1);
        Pattern pattern = Pattern.compile("@" + Pattern.quote(simpleName) + "\\b");
        // Annotations sit just above the name they annotate; a dozen lines covers stacked ones.
        for (int index = Math.min(element.line(), source.lines().size()) - 1; index >= 0 && index >= element.line() - 12; index--) {
            if (pattern.matcher(source.lines().get(index)).find()) {
                return new SourceLocation(source.file(), index + 1, 0);
            }
        }
        return element;
    }

    private static int find(List<String> lines, int fromLine, Pattern pattern) {
        for (int index = fromLine; index < lines.size(); index++) {
            Matcher matcher = pattern.matcher(lines.get(index));
            if (matcher.find()) {
                return index;
            }
        }
        return NOT_FOUND;
    }

    private static SourceLocation at(ParsedSource source, int lineIndex) {
        return lineIndex == NOT_FOUND ? SourceLocation.of(source.file()) : new SourceLocation(source.file(), lineIndex + 1, 0);
    }
}
