package io.github.privacyflow.flow.core;

import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.MethodModel;

/** Request entry points (PF009): Spring and JAX-RS handler methods, and servlet methods. */
final class EntryPoints {

    private EntryPoints() {
    }

    static boolean isEntryPoint(FlowContext context, MethodModel method) {
        if (method.isStatic() || method.isSynthetic()) {
            return false;
        }
        for (AnnotationModel annotation : method.annotations()) {
            if (context.catalogs.entryAnnotations.contains(annotation.typeName())) {
                return true;
            }
        }
        if (context.catalogs.servletMethods.contains(method.name())) {
            for (String servlet : context.catalogs.servletTypes) {
                if (context.hierarchy.isSubtype(method.declaringClass().internalName(), servlet)) {
                    return true;
                }
            }
        }
        return false;
    }
}
