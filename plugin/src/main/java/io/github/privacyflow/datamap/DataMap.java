package io.github.privacyflow.datamap;

import io.github.privacyflow.model.SourceLocation;
import java.util.List;

/**
 * The data map: for every category of the agreement, where the code holds it, for which
 * purposes and to which processors it flows, and how long it is kept. It feeds the JSON and
 * HTML reports and the record of processing activities ({@code data-map.md}).
 *
 * @param policyName the agreement's name
 * @param categories one entry per category of the policy, plus any category the code names that the policy lacks
 * @param edges the flows from categories through purposes to processors, for the data-map picture
 */
public record DataMap(String policyName, List<Category> categories, List<Edge> edges) {

    /**
     * One category of personal data.
     *
     * @param name e.g. {@code user-interaction}
     * @param title the agreement's title for it, empty when the policy does not define the category
     * @param defined whether the policy defines it
     * @param policyRetention what the agreement allows, e.g. "at most 180 days"
     * @param holders the fields, record components, types, parameters and methods holding it
     * @param purposes the purposes the code processes it for, with the number of sink calls
     * @param processors the processors it reaches, with the number of sink calls
     * @param retentions the {@code @Retain} declarations on data of this category
     * @param clauses the agreement clauses the entry rests on
     */
    public record Category(String name, String title, boolean defined, String policyRetention, List<Holder> holders,
            List<Use> purposes, List<Use> processors, List<Retention> retentions, List<String> clauses) {
    }

    /**
     * A declaration holding data of a category.
     *
     * @param kind "field", "record component", "type", "parameter" or "method"
     * @param element the element as messages name it, e.g. {@code Participant.email}
     * @param signature its line-independent signature
     * @param location where it is declared (line 0 when not known)
     * @param classifiedBy how it was classified: "annotation", "type annotation", "name" or "policy"
     */
    public record Holder(String kind, String element, String signature, SourceLocation location, String classifiedBy) {
    }

    /**
     * A purpose or processor a category is used for, and whether the agreement permits it.
     *
     * @param name the purpose or processor; for a sink kind no processor receives, {@code "(no processor: http)"};
     *     for data with no purpose in scope, {@code "(no purpose)"}
     * @param title how the agreement names a processor (its {@code title}); empty for purposes and
     *     placeholders
     * @param permitted whether the agreement permits it for the category
     * @param flows how many sink calls use it
     */
    public record Use(String name, String title, boolean permitted, int flows) {

        /**
         * A use without a title.
         *
         * @param name the name
         * @param permitted whether it is permitted
         * @param flows how many sink calls
         */
        public Use(String name, boolean permitted, int flows) {
            this(name, "", permitted, flows);
        }

        /**
         * Checks for nulls.
         *
         * @param name the name
         * @param title the title, or empty
         * @param permitted whether it is permitted
         * @param flows how many sink calls
         */
        public Use {
            java.util.Objects.requireNonNull(name, "name");
            title = title == null ? "" : title;
        }

        /**
         * The name with the title after it, when the title says more than the name.
         *
         * @return e.g. {@code tencent-sms (Tencent Cloud SMS)}, or just the name
         */
        public String label() {
            return title.isEmpty() || title.equals(name) ? name : name + " (" + title + ")";
        }
    }

    /**
     * A declared retention, compared with the agreement.
     *
     * @param element the annotated type or field
     * @param location where the annotation is
     * @param declared e.g. "365 days" or "until deleted"
     * @param exceedsPolicy whether it keeps the data longer than the category allows
     */
    public record Retention(String element, SourceLocation location, String declared, boolean exceedsPolicy) {
    }

    /**
     * Flows from a category, through a purpose, to a processor.
     *
     * @param category the category
     * @param purpose the purpose, or {@code "(no purpose)"}
     * @param processor the processor, or {@code "(no processor: kind)"}
     * @param flows how many sink calls
     * @param violation whether the purpose or the processor is not permitted for the category
     */
    public record Edge(String category, String purpose, String processor, int flows, boolean violation) {
    }
}
