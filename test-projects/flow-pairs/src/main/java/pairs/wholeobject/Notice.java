package pairs.wholeobject;

/** A notice mailed to one recipient; built field by field, as the mail templates do. */
public final class Notice {

    private final String recipient;

    private final String subject;

    private Notice(Builder builder) {
        this.recipient = builder.recipient;
        this.subject = builder.subject;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    /** Collects a notice's fields. */
    public static final class Builder {

        private String recipient;

        private String subject;

        private Builder() {
        }

        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Notice build() {
            return new Notice(this);
        }
    }
}
