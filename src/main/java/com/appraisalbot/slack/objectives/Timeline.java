package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.appraisalbot.objectives.ProgressEntry;
import com.appraisalbot.objectives.ProgressLog;
import com.appraisalbot.slack.Excerpt;
import com.appraisalbot.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The progress log as a timeline, newest first: one line per entry, what was typed escaped. */
final class Timeline {

    private static final int WHAT = 180;
    private static final int LINK = 200;

    private Timeline() {}

    /**
     * A heading with the count, then a section for each of the newest entries.
     *
     * @param prefix makes the block IDs unique on the surface they go on
     */
    static List<LayoutBlock> blocks(ProgressLog.Timeline timeline, ZoneId zone, String prefix) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String heading = "*Progress logged:* "
                + (timeline.total() == 0
                        ? "nothing yet."
                        : timeline.total()
                                + (timeline.total() == 1 ? " entry" : " entries")
                                + (timeline.total() > timeline.newest().size()
                                        ? ", the newest " + timeline.newest().size() + " here."
                                        : "."));
        blocks.add(section(s -> s.blockId(prefix + "_timeline").text(markdownText(heading))));
        for (ProgressEntry entry : timeline.newest()) {
            blocks.add(section(s -> s.blockId(prefix + "_entry_" + entry.id()).text(markdownText(line(entry, zone)))));
        }
        return blocks;
    }

    private static String line(ProgressEntry entry, ZoneId zone) {
        String link = entry.link().map(l -> " · " + Excerpt.of(l, LINK).text()).orElse("");
        return SlackDates.day(entry.happenedOn(), zone) + " · Objective "
                + entry.area().number() + " · " + entry.source().label() + ": "
                + Excerpt.of(entry.whatHappened(), WHAT).text() + link;
    }
}
