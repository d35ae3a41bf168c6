package io.github.privacyflow.flows.propagation;

/** The greetings a room can show; each one renders a name into its pattern. */
public enum Greeting {
    FORMAL("Good morning, %s."),
    CASUAL("Hi %s!"),
    SILENT("Welcome.") {
        @Override
        public String render(String name) {
            return "Welcome.";
        }
    };

    private final String pattern;

    Greeting(String pattern) {
        this.pattern = pattern;
    }

    public String render(String name) {
        return String.format(pattern, name);
    }
}
