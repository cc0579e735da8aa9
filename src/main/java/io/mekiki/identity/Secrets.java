package io.mekiki.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Random one-time secrets (tokens, links) and the hashes under which they are stored. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String newToken(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return io.mekiki.shared.Sha256.hex(secret);
    }
}
