package com.appraisalbot.slack.home;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One part of a person's App Home, contributed as a CDI bean: every bean implementing this is asked
 * for its blocks each time a Home is built, in {@link #order()}, and the Home frame puts a divider
 * between the parts. A feature adds its own part (objectives, reviews) by adding a bean; nothing
 * else changes.
 *
 * <p>Show only what the viewer may see (ask {@code access.Access}), keep a part within {@link
 * #MOST_BLOCKS} blocks by paging long lists with {@link HomePager}, and escape every name or typed
 * text with {@code SlackText.escape}. Query in bulk: a Home must build in well under a second for an
 * appraiser of hundreds.
 */
public interface HomeSection {

    /** The most blocks one part should return; the frame leaves out a part that would break Slack's 100. */
    int MOST_BLOCKS = 20;

    /** The case manager's own stage, next deadline and what to do now. */
    int MY_CYCLE = 100;

    /** Slot for the case manager's objectives. */
    int MY_OBJECTIVES = 200;

    /** Slot for reviews waiting for the viewer. */
    int REVIEWS = 250;

    /** The appraiser's appraisees. */
    int PEOPLE_I_APPRAISE = 300;

    /** The whole provision, for the Head of Services and SLT. */
    int PROVISION = 400;

    /** The admin's setup buttons, last. */
    int SETUP = 900;

    /** Where the part goes on the Home, lowest first; see the constants for the slots in use. */
    int order();

    /** The part's blocks for this viewer; empty when it has nothing for them. */
    List<LayoutBlock> blocks(HomeContext home);
}
