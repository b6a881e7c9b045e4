package org.mixedmovements.tracker.account;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 6 digits, 30-second steps, the shared secret
 * in base32 (RFC 4648, no padding), as every authenticator app reads it from an {@code otpauth://} address. A code is
 * accepted one step either side of now, so a phone a little ahead or behind still works. Public for the tests' browser,
 * which types the demo administrator's code.
 */
public final class Totp {

    /**
     * The demo profile's administrator's secret, published as the demo password is (README): tests and people trying
     * the demo type its code. A real deployment never has it (the demo accounts exist only in the demo profile).
     */
    public static final String DEMO_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret of 160 bits (RFC 4226's recommendation), in base32. */
    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return base32(secret);
    }

    /** The code an authenticator app shows at that moment for the secret. */
    public static String code(String base32Secret, Instant at) {
        return code(base32Secret, Math.floorDiv(at.getEpochSecond(), STEP_SECONDS));
    }

    /** Whether the code is the one of the step at that moment or of the step before or after (compared in constant time). */
    static boolean matches(String base32Secret, String typed, Instant at) {
        if (typed == null) {
            return false;
        }
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        long step = Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
        boolean found = false;
        for (long s = step - 1; s <= step + 1; s++) {
            found |= MessageDigest.isEqual(code(base32Secret, s).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }

    /** The address an authenticator app reads (typed in, or as a QR code): issuer and account name label it. */
    static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four letters, easier to type into a phone. */
    static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32Decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] base32Decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).replaceAll("[\\s=]", "").toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
