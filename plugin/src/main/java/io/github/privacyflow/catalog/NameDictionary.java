package io.github.privacyflow.catalog;
import java.util.*;
public final class NameDictionary {
    private final Map<String,String> terms;
    private NameDictionary(Map<String,String> t){terms=t;}
    public static NameDictionary personalData(){ return new NameDictionary(Map.of("email","contact","phone","contact","ipaddress","network-id")); }
    public static NameDictionary sensitiveData(){ return new NameDictionary(Map.of("religion","religion","diagnosis","health")); }
    public Optional<NameMatch> match(String identifier, String enclosing){ String l=identifier.toLowerCase(); for (var e: terms.entrySet()) if (l.contains(e.getKey())) return Optional.of(new NameMatch(e.getKey(), e.getValue())); return Optional.empty(); }
}
