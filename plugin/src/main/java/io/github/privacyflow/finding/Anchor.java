package io.github.privacyflow.finding;

import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.model.SourceLocation;

/**
 * What a rule reports a finding at, before it has a source position. The engine resolves it to
 * a {@link SourceLocation} and to the {@code @SuppressWarnings} in force there, parsing a
 * source file only when a finding lands in it.
 */
public sealed interface Anchor {

    /**
     * Returns the signature baselines key the finding on.
     *
     * @return a line-insensitive signature
     */
    String signature();

    /**
     * At a declaration's name.
     *
     * @param element the declaration
     */
    record AtElement(ProgramElement element) implements Anchor {
        @Override
        public String signature() {
            return element.signature();
        }
    }

    /**
     * At an annotation on a declaration, e.g. the {@code @Retain(days = 365)}.
     *
     * @param element the annotated declaration
     * @param annotationType the annotation's binary name with dots
     */
    record AtAnnotation(ProgramElement element, String annotationType) implements Anchor {
        @Override
        public String signature() {
            return element.signature() + "@" + annotationType.substring(annotationType.lastIndexOf('.') + 1);
        }
    }

    /**
     * At a line of code, e.g. a sink call.
     *
     * @param method the method whose code it is
     * @param line the line
     * @param detail what stands at the line, e.g. the called method, to tell apart findings in one method
     */
    record AtCode(MethodModel method, int line, String detail) implements Anchor {
        @Override
        public String signature() {
            return method.signature() + "->" + detail;
        }
    }

    /**
     * At a line of a non-Java file, e.g. {@code logback.xml} or the policy.
     *
     * @param location the file and line
     * @param key what stands there, e.g. {@code appender FILE maxHistory}
     */
    record AtFile(SourceLocation location, String key) implements Anchor {
        @Override
        public String signature() {
            return location.file().getFileName() + ":" + key;
        }
    }
}
