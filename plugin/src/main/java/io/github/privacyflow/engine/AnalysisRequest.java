package io.github.privacyflow.engine;

import io.github.privacyflow.model.PathFilter;
import io.github.privacyflow.rules.Rule;
import io.github.privacyflow.rules.RuleRegistry;
import io.github.privacyflow.run.Budget;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to analyse and how: one module's folders, the policy to enforce and the options. Built
 * by the Maven goals from the project, and by tests from a temporary folder.
 */
public final class AnalysisRequest {

    private final Path moduleRoot;
    private final Path classesDirectory;
    private final List<Path> sourceRoots;
    private final List<Path> resourceRoots;
    private final Path policyFile;
    private final Path reactorRoot;
    private final boolean heuristics;
    private final PathFilter filter;
    private final Charset sourceEncoding;
    private final List<Rule> rules;
    private final List<Path> classpath;
    private final List<Path> reactorDependencies;
    private final boolean dataMap;
    private final Duration timeout;
    private final long methodSteps;
    private final boolean failOnRuleCrash;

    private AnalysisRequest(Builder builder) {
        this.moduleRoot = builder.moduleRoot.toAbsolutePath().normalize();
        this.classesDirectory = resolve(builder.classesDirectory != null ? builder.classesDirectory : Path.of("target/classes"));
        this.sourceRoots = builder.sourceRoots.isEmpty() ? List.of(resolve(Path.of("src/main/java")))
                : builder.sourceRoots.stream().map(this::resolve).toList();
        this.resourceRoots = builder.resourceRoots.isEmpty() ? List.of(resolve(Path.of("src/main/resources")))
                : builder.resourceRoots.stream().map(this::resolve).toList();
        this.policyFile = builder.policyFile == null ? null : resolve(builder.policyFile);
        this.reactorRoot = builder.reactorRoot == null ? null : builder.reactorRoot.toAbsolutePath().normalize();
        this.heuristics = builder.heuristics;
        this.filter = builder.filter;
        this.sourceEncoding = builder.sourceEncoding;
        this.rules = List.copyOf(builder.rules);
        this.classpath = builder.classpath.stream().map(this::resolve).toList();
        this.reactorDependencies = builder.reactorDependencies.stream().map(this::resolve).toList();
        this.dataMap = builder.dataMap;
        this.timeout = builder.timeout;
        this.methodSteps = builder.methodSteps;
        this.failOnRuleCrash = builder.failOnRuleCrash;
    }

    private Path resolve(Path path) {
        return moduleRoot.resolve(path).toAbsolutePath().normalize();
    }

    /**
     * Starts a request for a module.
     *
     * @param moduleRoot the module's base directory; relative folders resolve against it
     * @return a builder with the Maven defaults
     */
    public static Builder builder(Path moduleRoot) {
        return new Builder(moduleRoot);
    }

    /** @return the module's base directory */
    public Path moduleRoot() {
        return moduleRoot;
    }

    /** @return the compiled classes, e.g. {@code target/classes} */
    public Path classesDirectory() {
        return classesDirectory;
    }

    /** @return the source roots, e.g. {@code src/main/java} */
    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    /** @return the resource roots, e.g. {@code src/main/resources} */
    public List<Path> resourceRoots() {
        return resourceRoots;
    }

    /** @return the policy file the user named, or {@code null} to look it up */
    public Path policyFile() {
        return policyFile;
    }

    /** @return the reactor's root directory, where a shared policy may live, or {@code null} */
    public Path reactorRoot() {
        return reactorRoot;
    }

    /** @return whether names count when no annotation speaks */
    public boolean heuristics() {
        return heuristics;
    }

    /** @return which classes and sources take part */
    public PathFilter filter() {
        return filter;
    }

    /** @return the source encoding */
    public Charset sourceEncoding() {
        return sourceEncoding;
    }

    /** @return the rules to run */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the compile classpath: jars and folders whose classes are read only for the type hierarchy */
    public List<Path> classpath() {
        return classpath;
    }

    /** @return the classes folders or jars of reactor dependencies, whose code the flow analysis follows */
    public List<Path> reactorDependencies() {
        return reactorDependencies;
    }

    /** @return whether to build the data map (the data map), which the reports and data-map.md need */
    public boolean dataMap() {
        return dataMap;
    }

    /** @return the wall-clock limit of the module's analysis; the flow work left when it runs out is cut */
    public Duration timeout() {
        return timeout;
    }

    /** @return the step limit of one analysis of one method; a method over it is approximated */
    public long methodSteps() {
        return methodSteps;
    }

    /**
     * Tells what a rule that throws does to the analysis.
     *
     * @return true when it ends the analysis with a {@link RuleCrashException}; false (the
     *     default, and what the Maven goals use) when it becomes a warning and the other rules'
     *     findings are still reported
     */
    public boolean failOnRuleCrash() {
        return failOnRuleCrash;
    }

    /** Builds an {@link AnalysisRequest}. */
    public static final class Builder {
        private final Path moduleRoot;
        private Path classesDirectory;
        private final List<Path> sourceRoots = new ArrayList<>();
        private final List<Path> resourceRoots = new ArrayList<>();
        private Path policyFile;
        private Path reactorRoot;
        private boolean heuristics = true;
        private PathFilter filter = PathFilter.all();
        private Charset sourceEncoding = StandardCharsets.UTF_8;
        private List<Rule> rules = RuleRegistry.all();
        private final List<Path> classpath = new ArrayList<>();
        private final List<Path> reactorDependencies = new ArrayList<>();
        private boolean dataMap;
        private Duration timeout = Budget.DEFAULT_TIMEOUT;
        private long methodSteps = Budget.DEFAULT_METHOD_STEPS;
        private boolean failOnRuleCrash;

        private Builder(Path moduleRoot) {
            this.moduleRoot = moduleRoot;
        }

        /**
         * Sets the classes directory.
         *
         * @param directory absolute, or relative to the module root
         * @return this builder
         */
        public Builder classesDirectory(Path directory) {
            this.classesDirectory = directory;
            return this;
        }

        /**
         * Adds a source root.
         *
         * @param root absolute, or relative to the module root
         * @return this builder
         */
        public Builder sourceRoot(Path root) {
            sourceRoots.add(root);
            return this;
        }

        /**
         * Adds a resource root.
         *
         * @param root absolute, or relative to the module root
         * @return this builder
         */
        public Builder resourceRoot(Path root) {
            resourceRoots.add(root);
            return this;
        }

        /**
         * Names the policy file; without it the module root, then the reactor root, then the
         * embedded agreement are used.
         *
         * @param file the policy file
         * @return this builder
         */
        public Builder policyFile(Path file) {
            this.policyFile = file;
            return this;
        }

        /**
         * Sets the reactor root.
         *
         * @param root the top-level project's directory
         * @return this builder
         */
        public Builder reactorRoot(Path root) {
            this.reactorRoot = root;
            return this;
        }

        /**
         * Turns name heuristics on or off.
         *
         * @param enabled whether names count
         * @return this builder
         */
        public Builder heuristics(boolean enabled) {
            this.heuristics = enabled;
            return this;
        }

        /**
         * Sets the include and exclude patterns.
         *
         * @param pathFilter the filter
         * @return this builder
         */
        public Builder filter(PathFilter pathFilter) {
            this.filter = pathFilter;
            return this;
        }

        /**
         * Sets the source encoding.
         *
         * @param encoding the encoding
         * @return this builder
         */
        public Builder sourceEncoding(Charset encoding) {
            this.sourceEncoding = encoding;
            return this;
        }

        /**
         * Restricts the rules, e.g. to the one a test is about.
         *
         * @param selected the rules
         * @return this builder
         */
        public Builder rules(List<Rule> selected) {
            this.rules = List.copyOf(selected);
            return this;
        }

        /**
         * Adds a classpath entry, read only for the type hierarchy.
         *
         * @param entry a jar or classes folder
         * @return this builder
         */
        public Builder classpathEntry(Path entry) {
            classpath.add(entry);
            return this;
        }

        /**
         * Adds a reactor dependency, whose code the flow analysis follows as the module's own.
         *
         * @param entry its classes folder or jar
         * @return this builder
         */
        public Builder reactorDependency(Path entry) {
            reactorDependencies.add(entry);
            return this;
        }

        /**
         * Asks for the data map, which runs the flow analysis even when no flow rule is selected.
         *
         * @param enabled whether to build it
         * @return this builder
         */
        public Builder dataMap(boolean enabled) {
            this.dataMap = enabled;
            return this;
        }

        /**
         * Sets the wall-clock limit of the module's analysis.
         *
         * @param limit positive
         * @return this builder
         */
        public Builder timeout(Duration limit) {
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("the timeout must be positive, not " + limit);
            }
            this.timeout = limit;
            return this;
        }

        /**
         * Sets the step limit of one analysis of one method.
         *
         * @param steps positive
         * @return this builder
         */
        public Builder methodSteps(long steps) {
            if (steps <= 0) {
                throw new IllegalArgumentException("the step limit must be positive, not " + steps);
            }
            this.methodSteps = steps;
            return this;
        }

        /**
         * Makes a rule that throws end the analysis instead of becoming a warning. A user's build
         * is better served by the other rules' findings and a warning; a test is not, since a
         * warning it does not read lets a crashing rule pass as a rule that found nothing.
         *
         * @param enabled whether a rule's crash ends the analysis with a {@link RuleCrashException}
         * @return this builder
         */
        public Builder failOnRuleCrash(boolean enabled) {
            this.failOnRuleCrash = enabled;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public AnalysisRequest build() {
            return new AnalysisRequest(this);
        }
    }
}
