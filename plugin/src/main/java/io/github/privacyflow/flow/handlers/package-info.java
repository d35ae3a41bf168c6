/**
 * What the flow engine knows beyond the bytecode, behind three small interfaces: where data
 * enters ({@link io.github.privacyflow.flow.handlers.SourceHandler}), where it leaves
 * ({@link io.github.privacyflow.flow.handlers.SinkHandler}), and what calls without a program
 * body do with it ({@link io.github.privacyflow.flow.handlers.LibraryModel}). Every handler is
 * listed once in {@link io.github.privacyflow.flow.handlers.Handlers}; most read the bundled
 * catalogues. A new framework is one handler here plus catalogue lines (docs/flow-engine.md).
 */
package io.github.privacyflow.flow.handlers;
