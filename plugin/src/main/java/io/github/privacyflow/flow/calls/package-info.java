/**
 * Call resolution for the flow engine: the class hierarchy (program classes with their code,
 * library classes by their headers), which program methods a call may run, which field an
 * instruction names, lambdas as calls of their implementation, and the program's call graph.
 * Knows nothing of personal data.
 */
package io.github.privacyflow.flow.calls;
