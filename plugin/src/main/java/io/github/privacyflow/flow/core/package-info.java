/**
 * The flow engine's core: the transfer function over bytecode, the application of method
 * summaries at calls, and the fixed point over the program, put together by
 * {@link io.github.privacyflow.flow.core.FlowEngine}. It asks the handlers what calls, fields
 * and parameters mean and knows no framework or catalogue itself.
 */
package io.github.privacyflow.flow.core;
