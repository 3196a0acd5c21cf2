package com.appraisalbot.slack;

/**
 * Someone's text escaped with {@link SlackText#escape} and cut, visibly, to fit a Block Kit limit.
 * Escaping can lengthen text ({@code &} becomes {@code &amp;}), so the cut is made on the escaped
 * text, between characters, never inside an escape or a character.
 *
 * @param text the escaped text, ending in "…" when cut
 * @param cut whether some of the text was left out
 */
public record Excerpt(String text, boolean cut) {

    private static final String MORE = "…";

    /** The text escaped, at most {@code limit} characters long. */
    public static Excerpt of(String raw, int limit) {
        String escaped = SlackText.escape(raw);
        if (escaped.length() <= limit) {
            return new Excerpt(escaped, false);
        }
        StringBuilder kept = new StringBuilder(limit);
        for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
            String next = SlackText.escape(Character.toString(raw.codePointAt(i)));
            if (kept.length() + next.length() + MORE.length() > limit) {
                break;
            }
            kept.append(next);
        }
        return new Excerpt(kept.toString().stripTrailing() + MORE, true);
    }
}
