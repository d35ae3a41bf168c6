package io.github.privacyflow.demo.chat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Masks blocked words in chat messages before they are broadcast. */
public class ProfanityFilter {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> blockedWords;

    public ProfanityFilter(Set<String> blockedWords) {
        this.blockedWords = Set.copyOf(blockedWords);
    }

    public String mask(String text) {
        return WORD.matcher(text).replaceAll(match -> {
            String word = match.group();
            return blockedWords.contains(word.toLowerCase(Locale.ROOT)) ? "*".repeat(word.length()) : word;
        });
    }

    public boolean isClean(String text) {
        return mask(text).equals(text);
    }
}
