/**
 * The flow engine's vocabulary, shared with the rules: {@link io.github.privacyflow.flow.Label}s
 * of personal data and their {@link io.github.privacyflow.flow.Witness}es, sinks and what reaches
 * them, and the {@link io.github.privacyflow.flow.FlowResult} the rules read. The engine itself
 * lives in the subpackages: {@code calls} (resolution), {@code handlers} (what sources, sinks
 * and library calls mean) and {@code core} (the transfer function and the fixed point); each
 * uses only the packages named before it, and this one uses none of them.
 */
package io.github.privacyflow.flow;
