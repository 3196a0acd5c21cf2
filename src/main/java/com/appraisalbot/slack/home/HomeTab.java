package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a person's Home tab: the frame (title, "Updated" line, first-open welcome, help) around
 * every {@link HomeSection}'s part, never more than Slack's 100 blocks whatever the data.
 */
@ApplicationScoped
public class HomeTab {

    /** Slack refuses a Home of more blocks than this. */
    static final int MOST_BLOCKS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(HomeTab.class);
    private static final int FOOTER_BLOCKS = 2;

    private final Instance<HomeSection> sections;

    @Inject
    public HomeTab(Instance<HomeSection> sections) {
        this.sections = sections;
    }

    /** The Home for someone set up in the app. */
    public View build(HomeContext home) {
        List<LayoutBlock> blocks = new ArrayList<>(frameTop(home));
        int before = blocks.size();
        for (HomeSection section : ordered()) {
            List<LayoutBlock> part = section.blocks(home);
            if (part.isEmpty()) {
                continue;
            }
            if (blocks.size() + 1 + part.size() + FOOTER_BLOCKS > MOST_BLOCKS) {
                LOG.warn(
                        "Home part {} of {} blocks left out to stay within Slack's {} (team_id: {}, user_id: {})",
                        section.getClass().getSimpleName(),
                        part.size(),
                        MOST_BLOCKS,
                        home.viewer().teamId(),
                        home.viewer().slackUserId());
                continue;
            }
            blocks.add(divider());
            blocks.addAll(part);
        }
        if (blocks.size() == before) {
            blocks.add(noRoleYet());
        }
        blocks.addAll(footer());
        return home(blocks, home.pages().toMetadata());
    }

    /** The Home for someone the app does not know yet: who can add them, never an error. */
    public View notSetUp(String explanation) {
        return home(
                List.of(
                        header(h -> h.text(plainText("Appraisal Bot"))),
                        section(s -> s.blockId("home_not_set_up").text(markdownText(explanation))),
                        context(c -> c.elements(List.of(
                                markdownText("Appraisal Bot runs the provision's performance-management cycle in Slack:"
                                        + " objectives, reviews, approvals and reminders."))))),
                "");
    }

    private List<HomeSection> ordered() {
        List<HomeSection> all = new ArrayList<>();
        sections.forEach(all::add);
        all.sort(Comparator.comparingInt(HomeSection::order)
                .thenComparing(s -> s.getClass().getName()));
        return all;
    }

    private static List<LayoutBlock> frameTop(HomeContext home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Appraisal Bot"))));
        blocks.add(context(c -> c.blockId("home_updated")
                .elements(List.of(markdownText("Updated " + SlackDates.moment(home.now(), home.zone())
                        + " · Cycle year " + home.cycle().year().label())))));
        if (home.firstOpen()) {
            blocks.add(section(s -> s.blockId("home_welcome").text(markdownText(welcome(home.viewer())))));
        }
        return blocks;
    }

    private static String welcome(Person viewer) {
        return "*Welcome to Appraisal Bot.* It runs the appraisal cycle here in Slack: agreeing objectives,"
                + " the mid-point and final reviews, approvals and signatures, with a reminder before each"
                + " deadline. This tab always shows where you are and what to do next.\n*Your next step:* "
                + nextStep(viewer);
    }

    private static String nextStep(Person viewer) {
        if (viewer.holds(Role.ADMIN)) {
            return "add your first people with *Add or change a person*, then assign their appraisers.";
        }
        if (viewer.holds(Role.CASE_MANAGER)) {
            return "check your next deadline in *Your appraisal* and book your planning meeting.";
        }
        if (viewer.holds(Role.APPRAISER)) {
            return "open each person you appraise to see where they are.";
        }
        return "look at the provision's stages; open anyone to see their progress.";
    }

    private static LayoutBlock noRoleYet() {
        return section(s -> s.blockId("home_no_role")
                .text(markdownText("You're in Appraisal Bot but hold no role in the cycle yet, so there is nothing"
                        + " for you to do. An admin gives people their roles.")));
    }

    private static List<LayoutBlock> footer() {
        return List.of(
                divider(),
                context(c -> c.blockId("home_help")
                        .elements(List.of(markdownText("Type `/appraisal help` to see every command. Questions"
                                + " about your appraisal go to your appraiser; about the setup, to an admin.")))));
    }

    private static View home(List<LayoutBlock> blocks, String metadata) {
        return view(v -> v.type("home").privateMetadata(metadata).blocks(blocks));
    }
}
