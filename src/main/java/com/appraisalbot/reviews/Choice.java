package com.appraisalbot.reviews;

import java.util.List;

/** The closed answers a review asks for, each with the words the policy and the proforma use. */
public final class Choice {

    private Choice() {}

    /** An answer picked from a list: its stored value and how it reads. */
    public record Option(String value, String label) {}

    /** Progress towards an objective at the mid-point review. */
    public static final List<Option> PROGRESS = List.of(
            new Option("ON_TRACK", "On track"), new Option("AT_RISK", "At risk"), new Option("OFF_TRACK", "Off track"));

    /** The appraiser's judgement of an objective at the final review. */
    public static final List<Option> JUDGEMENT =
            List.of(new Option("MET", "Met"), new Option("PARTLY_MET", "Partly met"), new Option("NOT_MET", "Not met"));

    /** A yes or no answer, such as whether the case manager is highly competent. */
    public static final List<Option> YES_NO = List.of(new Option("YES", "Yes"), new Option("NO", "No"));

    /** The appraiser's pay progression recommendation. */
    public static final List<Option> RECOMMENDATION = List.of(
            new Option("RECOMMEND", "Recommend pay progression"),
            new Option("DO_NOT_RECOMMEND", "Do not recommend pay progression"));

    /** How a stored value reads; the value itself when it is not among the options. */
    public static String label(List<Option> options, String value) {
        return options.stream()
                .filter(option -> option.value().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse(value);
    }
}
