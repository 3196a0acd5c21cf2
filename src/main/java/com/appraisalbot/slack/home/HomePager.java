package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages a long list on the Home ("11–20 of 57") with Previous and Next buttons that update the Home
 * in place. The buttons' value names only the list and the page; {@code HomeActions} republishes the
 * clicker's own Home with that page, so a forged value can show nobody anything more.
 */
public final class HomePager {

    /** Rows on one page. */
    public static final int PAGE_SIZE = 10;

    static final String PREVIOUS = "home_page_previous";
    static final String NEXT = "home_page_next";

    private HomePager() {}

    /**
     * One page of a list.
     *
     * @param number the page shown, from 0
     */
    public record Page<T>(List<T> items, int number, int total) {

        public int firstRow() {
            return total == 0 ? 0 : number * PAGE_SIZE + 1;
        }

        public int lastRow() {
            return number * PAGE_SIZE + items.size();
        }

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return lastRow() < total;
        }
    }

    /** The requested page of a list, or its last page when the list has shrunk since. */
    public static <T> Page<T> page(List<T> all, int requested) {
        int lastPage = all.isEmpty() ? 0 : (all.size() - 1) / PAGE_SIZE;
        int number = Math.max(0, Math.min(requested, lastPage));
        int from = number * PAGE_SIZE;
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + PAGE_SIZE))), number, all.size());
    }

    /**
     * The "1–10 of 57" line and, when the list has more than a page, the buttons: two blocks at most.
     *
     * @param list the list's name in {@link HomePages}, such as {@code appraisees}
     * @param noun what the rows are, plural, for the line and the buttons' labels ("people you appraise")
     */
    public static List<LayoutBlock> controls(String list, Page<?> page, String noun) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String range = page.firstRow() + "–" + page.lastRow() + " of " + page.total() + " " + noun;
        blocks.add(context(c -> c.blockId("home_range_" + list).elements(List.of(plainText(range)))));
        List<BlockElement> buttons = new ArrayList<>();
        if (page.hasPrevious()) {
            buttons.add(pageButton(PREVIOUS, "Previous", list, page.number() - 1, "Previous page of " + noun));
        }
        if (page.hasNext()) {
            buttons.add(pageButton(NEXT, "Next", list, page.number() + 1, "Next page of " + noun));
        }
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.blockId("home_pager_" + list).elements(buttons)));
        }
        return blocks;
    }

    private static BlockElement pageButton(String actionId, String label, String list, int page, String accessible) {
        return button(b -> b.actionId(actionId)
                .text(plainText(label))
                .value(list + ":" + page)
                .accessibilityLabel(accessible));
    }
}
