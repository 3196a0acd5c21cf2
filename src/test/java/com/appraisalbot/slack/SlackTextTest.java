package com.appraisalbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void mentionsAndLinksBecomeInertText() {
        String escaped = SlackText.escape("<!channel> see <https://evil.example|this> & <@U123>");

        assertThat(escaped)
                .isEqualTo("&lt;!channel&gt; see &lt;https://evil.example|this&gt; &amp; &lt;@U123&gt;")
                .doesNotContain("<", ">");
    }

    @Test
    void formattingCharactersCannotPair() {
        String escaped = SlackText.escape("*bold* _it_ ~x~ `code`");

        assertThat(escaped).doesNotContain("*b", "_i", "~x", "`c");
        assertThat(escaped.replace("\u200D", "")).isEqualTo("*bold* _it_ ~x~ `code`");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(SlackText.escape(null)).isEmpty();
    }
}
