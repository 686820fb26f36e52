package vn.vwu.platform.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import vn.vwu.platform.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Password hashing (bcrypt, cost 12) and the minimum policy. Passwords are NFC-normalised first: a Vietnamese
 * password typed on a phone (often decomposed, NFD) and on a laptop (composed) must be the same password.
 */
public final class Passwords {

    static final int MIN_LENGTH = 10;
    /** bcrypt only reads the first 72 bytes; longer passwords would silently lose their tail. */
    static final int MAX_BYTES = 72;
    private static final int COST = 12;
    private static final Set<String> COMMON = Set.of("password", "password1", "1234567890", "123456789a", "qwertyuiop",
            "matkhau123", "matkhaumoi", "abc123456789", "phunuvietnam", "hoiphunu123", "admin12345", "iloveyou12");
    /** A hash of nothing anyone knows, checked when the username does not exist, so both cases take as long. */
    private static final String DUMMY = BcryptUtil.bcryptHash("not a password of anyone " + System.nanoTime(), COST);

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(normalise(password), COST);
    }

    public static boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        String candidate = normalise(password);
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BcryptUtil.matches(candidate, hash == null ? DUMMY : hash) && hash != null;
    }

    /** Throws a 400 naming `field` when the password is too weak. */
    public static void checkPolicy(String field, String password, String username) {
        String p = normalise(password);
        String problem = null;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problem = "must be at least " + MIN_LENGTH + " characters";
        } else if (p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problem = "must be at most " + MAX_BYTES + " bytes (about 70 letters without diacritics)";
        } else if (p.codePoints().distinct().count() < 4) {
            problem = "must use at least 4 different characters";
        } else if (COMMON.contains(p.toLowerCase(Locale.ROOT))) {
            problem = "is too common";
        } else if (username != null && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problem = "must not contain the username";
        }
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
    }

    private static String normalise(String password) {
        return Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFC);
    }
}
