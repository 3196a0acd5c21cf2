package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Standing;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An appraiser's appraisees this cycle year: each one's stage and what is overdue, a page at a time. */
@ApplicationScoped
public class AppraiseesSection implements HomeSection {

    static final String LIST = "appraisees";

    @Override
    public int order() {
        return PEOPLE_I_APPRAISE;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        if (!home.viewer().holds(Role.APPRAISER)) {
            return List.of();
        }
        List<AppraiserAssignment> assignments = home.appraisees().assignments();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h ->
                h.text(plainText("People you appraise, " + home.cycle().year().label()))));
        if (assignments.isEmpty()) {
            blocks.add(section(s -> s.blockId("home_appraisees_empty")
                    .text(markdownText("Nobody is assigned to you for "
                            + home.cycle().year().label()
                            + " yet. When an admin assigns you a case manager, they appear here."))));
            return blocks;
        }
        Map<Long, Standing> standings = home.appraisees().standings();
        long overdue = standings.values().stream().filter(Standing::isOverdue).count();
        blocks.add(section(s -> s.blockId("home_appraisees_summary")
                .text(markdownText(assignments.size() + " case " + (assignments.size() == 1 ? "manager" : "managers")
                        + "; " + overdue + " with something overdue."))));
        HomePager.Page<AppraiserAssignment> page =
                HomePager.page(assignments, home.pages().page(LIST));
        page.items()
                .forEach(a -> blocks.add(CaseManagerRows.row(
                        a.caseManager(), standings.get(a.caseManager().id()))));
        blocks.addAll(HomePager.controls(LIST, page, "people you appraise"));
        return blocks;
    }
}
