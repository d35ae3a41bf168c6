package io.github.privacyflow.flow.handlers;

import io.github.privacyflow.catalog.Catalogs;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of handlers: what the flow engine knows about sources, sinks and library calls,
 * beyond the bytecode. The core asks only the three views here; every piece of framework or
 * agreement knowledge is one handler in {@link #builtIn}'s list, most of them driven by the
 * bundled catalogues.
 *
 * <p>A handler is a {@link SourceHandler}, a {@link SinkHandler}, a {@link LibraryModel}, or
 * several of them at once (one class per framework). The list's order is the order of
 * precedence where the first answer wins.
 */
public final class Handlers {

    private final Sources sources;
    private final Sinks sinks;
    private final LibraryModels models;
    private final EntryPoints entryPoints;

    private Handlers(List<?> handlers, HandlerContext context, FlowCatalogs catalogs) {
        List<SourceHandler> sourceHandlers = new ArrayList<>();
        List<SinkHandler> sinkHandlers = new ArrayList<>();
        List<LibraryModel> libraryModels = new ArrayList<>();
        for (Object handler : handlers) {
            boolean known = false;
            if (handler instanceof SourceHandler source) {
                sourceHandlers.add(source);
                known = true;
            }
            if (handler instanceof SinkHandler sink) {
                sinkHandlers.add(sink);
                known = true;
            }
            if (handler instanceof LibraryModel model) {
                libraryModels.add(model);
                known = true;
            }
            if (!known) {
                throw new IllegalArgumentException(handler.getClass().getName()
                        + " is no SourceHandler, SinkHandler or LibraryModel");
            }
        }
        this.sources = new Sources(sourceHandlers);
        this.sinks = new Sinks(sinkHandlers, context.policy());
        this.models = new LibraryModels(libraryModels);
        this.entryPoints = new EntryPoints(catalogs, context.hierarchy());
    }

    /**
     * The bundled handlers.
     *
     * @param context what they may use
     * @return the handlers
     */
    public static Handlers builtIn(HandlerContext context) {
        return builtIn(context, List.of());
    }

    /**
     * The bundled handlers followed by more, which come last in precedence.
     *
     * @param context what the handlers may use
     * @param extra further handlers, each a source handler, sink handler or library model
     * @return the handlers
     * @throws IllegalArgumentException when an extra handler is none of the three
     */
    public static Handlers builtIn(HandlerContext context, List<?> extra) {
        FlowCatalogs catalogs = FlowCatalogs.bundled();
        ImmutableTypes immutable = new ImmutableTypes(catalogs.immutableTypes, context.hierarchy());
        List<Object> handlers = new ArrayList<>(List.of(
                // Sources: the program's declarations first, then the agreement, then the catalogue.
                new ClassifiedSources(context),
                new InstanceSources(context, Catalogs.bundled().persistedTypeAnnotations()),
                new PolicySources(context),
                new CatalogSources(catalogs, context),
                new NamedLibraryGetters(context),
                // Sinks.
                new CatalogSinks(catalogs, context),
                new PolicySinks(context),
                new AnnotatedSinks(),
                // Library models.
                new PersistenceEnhancers(context),
                new WritingQueries(context),
                new ConsentAndAnonymizers(),
                new ObjectMethods(context),
                new PrintedForms(context),
                new CatalogModels(catalogs, immutable, context),
                new FluentBuilders(immutable, context)));
        handlers.addAll(extra);
        return new Handlers(handlers, context, catalogs);
    }

    /** @return where data enters */
    public Sources sources() {
        return sources;
    }

    /** @return where data leaves */
    public Sinks sinks() {
        return sinks;
    }

    /** @return what calls without a program body do */
    public LibraryModels models() {
        return models;
    }

    /** @return which methods handle requests */
    public EntryPoints entryPoints() {
        return entryPoints;
    }
}
