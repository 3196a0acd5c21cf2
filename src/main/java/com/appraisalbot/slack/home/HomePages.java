package com.appraisalbot.slack.home;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The page each list on a Home shows, kept in the Home view's {@code private_metadata} (as
 * {@code appraisees=2,provision=0}) so that paging one list leaves the others where they were.
 * Anything malformed reads as the first page: the value comes back from Slack and is not trusted.
 */
public final class HomePages {

    /** A list's name: lower case letters and underscores, short. */
    static final Pattern LIST_NAME = Pattern.compile("[a-z_]{1,30}");

    private static final int LAST_PAGE = 9_999;

    private final Map<String, Integer> pages;

    private HomePages(Map<String, Integer> pages) {
        this.pages = Map.copyOf(pages);
    }

    /** Every list on its first page. */
    public static HomePages first() {
        return new HomePages(Map.of());
    }

    /** Reads what {@link #toMetadata()} wrote; ignores what it cannot read. */
    public static HomePages fromMetadata(String metadata) {
        Map<String, Integer> pages = new TreeMap<>();
        if (metadata == null) {
            return first();
        }
        for (String entry : metadata.split(",")) {
            String[] parts = entry.split("=", 2);
            if (parts.length == 2 && LIST_NAME.matcher(parts[0]).matches() && parts[1].matches("\\d{1,4}")) {
                pages.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return new HomePages(pages);
    }

    /** The page (from 0) a list shows. */
    public int page(String list) {
        return pages.getOrDefault(list, 0);
    }

    /** A copy with one list on another page. */
    public HomePages with(String list, int page) {
        if (!LIST_NAME.matcher(list).matches()) {
            throw new IllegalArgumentException("A Home list's name is lower case letters and underscores: " + list);
        }
        Map<String, Integer> changed = new TreeMap<>(pages);
        changed.put(list, Math.max(0, Math.min(page, LAST_PAGE)));
        return new HomePages(changed);
    }

    public String toMetadata() {
        return new TreeMap<>(pages)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
