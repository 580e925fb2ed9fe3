package gov.supervision.web.request;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule for text in request bodies, character by character. */
class RequestTextTest {

    @Test
    void lineFeedsCarriageReturnsAndTabsMayStandInsideText() {
        assertThat(RequestText.problem("第一行\r\n\t第二行")).isNull();
        assertThat(RequestText.normalised("第一行\r\n\t第二行")).isEqualTo("第一行\r\n\t第二行");
    }

    @Test
    void everyOtherControlCharacterIsRefused() {
        for (char control : new char[]{'\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F',
                '\u0080', '\u0085', '\u009F'}) {
            assertThat(RequestText.problem("督" + control + "办")).as("U+%04X", (int) control)
                    .isEqualTo(RequestText.CONTROL_CHARACTER);
        }
    }

    @Test
    void halfOfACharacterIsRefusedAndAWholeOneIsNot() {
        assertThat(RequestText.problem("坏\uD800字")).isEqualTo(RequestText.BROKEN_CHARACTER);
        assertThat(RequestText.problem("坏\uDC00")).isEqualTo(RequestText.BROKEN_CHARACTER);
        assertThat(RequestText.problem("\uD800")).isEqualTo(RequestText.BROKEN_CHARACTER);
        assertThat(RequestText.problem("\uDE00\uD83D")).isEqualTo(RequestText.BROKEN_CHARACTER);
        assertThat(RequestText.problem("𠀀字\uD83D\uDE00")).isNull();
    }

    @Test
    void textIsComposedToNfc() {
        assertThat(RequestText.normalised("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(RequestText.normalised("\u212B")).as("the Angstrom sign is the letter Å").isEqualTo("\u00C5");
    }

    @Test
    void surroundingWhiteSpaceGoesIncludingNoBreakAndIdeographicSpaces() {
        assertThat(RequestText.normalised("\u00A0\u3000\u2007\u202F\u200B\uFEFF 督查 督办\t\r\n\u00A0"))
                .isEqualTo("督查 督办");
        assertThat(RequestText.normalised("\u3000\u00A0 \t")).isEmpty();
    }
}
