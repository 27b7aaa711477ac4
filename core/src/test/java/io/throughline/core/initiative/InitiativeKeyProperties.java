package io.throughline.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written key check and ordering against their plain definitions. */
class InitiativeKeyProperties {

    /** What an issue key is, as a pattern: the oracle for the hand-written check. */
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,17}");

    @Property(tries = 5000)
    void acceptsExactlyWhatThePatternAccepts(@ForAll("keyish") String text) {
        assertThat(InitiativeKey.isValid(text)).isEqualTo(KEY.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches());
    }

    @Property(tries = 5000)
    void ordersByProjectThenByNumber(@ForAll("keys") InitiativeKey a, @ForAll("keys") InitiativeKey b) {
        String[] x = a.value().split("-");
        String[] y = b.value().split("-");
        int byProject = x[0].compareTo(y[0]);
        int expected = byProject != 0 ? byProject : new BigInteger(x[1]).compareTo(new BigInteger(y[1]));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    }

    @Provide
    Arbitrary<String> keyish() {
        return Arbitraries.strings().withChars("AZaz09_- \t0").ofMaxLength(26);
    }

    @Provide
    Arbitrary<InitiativeKey> keys() {
        Arbitrary<String> project = Combinators.combine(Arbitraries.strings().withChars("ABZ").ofLength(1),
                Arbitraries.strings().withChars("ABZ09_").ofMaxLength(4)).as(String::concat);
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.longs().between(1, 120).map(String::valueOf),
                Arbitraries.longs().between(1, Long.MAX_VALUE / 10).map(String::valueOf));
        return Combinators.combine(project, number).as((p, n) -> new InitiativeKey(p + "-" + n));
    }
}
