package com.appraisalbot.slack;

/**
 * Makes people's own words safe to show in someone else's Slack message: escaped so that they
 * cannot become mentions ({@code <!channel>}, {@code <@U123>}), links or markup.
 */
public final class SlackText {

    private SlackText() {}

    /**
     * Escapes the three characters Slack gives meaning in mrkdwn and plain text ({@code & < >}),
     * and neutralises the formatting characters, so the text reads exactly as it was typed.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                // A zero-width joiner after a markup character stops it pairing with another.
                case '*', '_', '~', '`' -> escaped.append(c).append('\u200D');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
