package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes an authenticator app shows: RFC 6238's own test values (SHA-1, the last six of its eight digits). */
class TotpTest {

    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodesAreThoseOfRfc6238sTestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotAnOlderOneNorAnythingElse() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(30)), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, "005 924", now)).as("typed with a space").isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(120)), now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, "", now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, "abcdef", now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, null, now)).isFalse();
    }

    @Test
    void anAuthenticatorAppReadsTheSecretFromTheOtpauthAddress() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.base32(Totp.base32Decode(secret))).isEqualTo(secret);
        assertThat(Totp.uri("Recommendation Tracker", "it.admin", secret)).isEqualTo("otpauth://totp/"
                + "Recommendation%20Tracker:it.admin?secret=" + secret + "&issuer=Recommendation%20Tracker"
                + "&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.grouped("ABCDEFGH")).isEqualTo("ABCD EFGH");
    }
}
