package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.flow.calls.ClassHierarchy;
import io.github.privacyflow.model.AnnotationModel;
import io.github.privacyflow.model.MethodModel;

/**
 * Request entry points (PF009), from {@code entry-points.catalog}: methods carrying a web
 * framework's handler annotation (Spring, JAX-RS), and the request methods of servlets. A new
 * web framework is catalogue lines here, not code.
 */
public final class EntryPoints {

    private final FlowCatalogs catalogs;
    private final ClassHierarchy hierarchy;

    EntryPoints(FlowCatalogs catalogs, ClassHierarchy hierarchy) {
        this.catalogs = catalogs;
        this.hierarchy = hierarchy;
    }

    /**
     * Tells whether a method handles requests from outside.
     *
     * @param method a program method
     * @return whether a framework calls it with a request
     */
    public boolean isEntryPoint(MethodModel method) {
        if (method.isStatic() || method.isSynthetic()) {
            return false;
        }
        for (AnnotationModel annotation : method.annotations()) {
            if (catalogs.entryAnnotations.contains(annotation.typeName())) {
                return true;
            }
        }
        if (catalogs.servletMethods.contains(method.name())) {
            for (String servlet : catalogs.servletTypes) {
                if (hierarchy.isSubtype(method.declaringClass().internalName(), servlet)) {
                    return true;
                }
            }
        }
        return false;
    }
}
