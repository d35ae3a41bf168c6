package io.github.privacyflow.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "studentEmailAddr   | student email addr",
        "ip_addr            | ip addr",
        "IPAddress          | ip address",
        "faceprintHash      | faceprint hash",
        "userIPv4           | user ip v4",
        "IPv6Address        | ip v6 address",
        "ipv4               | ipv 4",
        "EMAIL_ADDRESS      | email address",
        "email-address      | email address",
        "$email             | email",
        "_email             | email",
        "mEmail             | m email",
        "eMail              | e mail",
        "addressLine2       | address line 2",
        "address_line_2     | address line 2",
        "isUnder14          | is under 14",
        "under14Consent     | under 14 consent",
        "userIDs            | user ids",
        "userIDsList        | user ids list",
        "URLsToFetch        | urls to fetch",
        "IDCard             | id card",
        "idCardNo           | id card no",
        "HTTPServer         | http server",
        "serialVersionUID   | serial version uid",
        "Student            | student",
        "x                  | x",
        "ABC                | abc",
        "v2Api              | v2 api",
        "sha256Hash         | sha 256 hash",
        "s3Bucket           | s 3 bucket",
        "Outer$Inner        | outer inner",
        "student.email      | student email",
        "studentÉmail       | student émail",
        "学生Name            | 学生 name",
    })
    void splitsIdentifiers(String identifier, String expected) {
        assertEquals(List.of(expected.split(" ")), NameTokenizer.tokens(identifier));
    }

    @Test
    void emptyAndSeparatorOnlyGiveNoTokens() {
        assertTrue(NameTokenizer.tokens("").isEmpty());
        assertTrue(NameTokenizer.tokens(null).isEmpty());
        assertTrue(NameTokenizer.tokens("_$__-").isEmpty());
    }

    @Test
    void lowerCasesWithRootLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals(List.of("ip", "address"), NameTokenizer.tokens("IPAddress"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void neverThrowsOnOddInput() {
        String[] odd = {"\uD83D\uDE00email", "\uD800", "a\u0000b", "ǅungla", "123", "__init__", "A1B2C3",
            "x".repeat(10_000)};
        for (String s : odd) {
            NameTokenizer.tokens(s);
        }
        assertEquals(List.of("123"), NameTokenizer.tokens("123"));
    }
}
