package vn.vwu.platform.access.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import vn.vwu.platform.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/**
 * Password hashing (bcrypt, cost 12) and the minimum policy. Passwords are NFC-normalised first: a Vietnamese
 * password typed on a phone (often decomposed, NFD) and on a laptop (composed) must be the same password.
 */
public final class Passwords {

    static final int MIN_LENGTH = 10;
    /** bcrypt only reads the first 72 bytes; longer passwords would silently lose their tail. */
    static final int MAX_BYTES = 72;
    private static final int COST = 12;
    private static final List<String> VIETNAMESE = List.of("matkhau", "matkhaumoi", "phunu", "phunuvietnam", "hoiphunu", "hoilienhiepphunu",
            "lienhiepphunu", "hoilhpn", "hlhpn", "vwu", "vietnam", "hanoi", "saigon", "hochiminh", "danang", "camau", "toiyeuem", "anhyeuem",
            "emyeuanh", "yeuem", "quantri", "quantrivien", "xinchao", "chucmung", "baocao", "thidua", "khenthuong", "canbo");
    /**
     * nbvcxz (a zxcvbn-style estimator, MIT) with its dictionaries — 100,000 common passwords, names, English words —
     * and the Vietnamese words people build passwords from here. A password must take at least 2^35 guesses.
     */
    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setDictionaries(withVietnamese(ConfigurationBuilder.getDefaultDictionaries()))
            .setMinimumEntropy(35d).createConfiguration());
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
        } else if (username != null && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problem = "must not contain the username";
        } else if (!strongEnough(p)) {
            problem = "is too easy to guess (a common password, a word or a keyboard pattern): add unrelated words";
        }
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
    }

    private static synchronized boolean strongEnough(String password) {
        // Synchronised: the estimator's thread safety is not documented, and passwords are set rarely.
        return ESTIMATOR.estimate(password).isMinimumEntropyMet();
    }

    private static List<Dictionary> withVietnamese(List<Dictionary> defaults) {
        DictionaryBuilder vietnamese = new DictionaryBuilder().setDictionaryName("vietnamese").setExclusion(false);
        for (int rank = 0; rank < VIETNAMESE.size(); rank++) {
            vietnamese.addWord(VIETNAMESE.get(rank), rank + 1);
        }
        List<Dictionary> all = new ArrayList<>(defaults);
        all.add(vietnamese.createDictionary());
        return all;
    }

    private static String normalise(String password) {
        return Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFC);
    }
}
