package com.appraisalbot.slack.reviews;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.reviews.Choice;
import com.appraisalbot.reviews.Review;
import com.appraisalbot.reviews.ReviewField;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewPart;
import com.appraisalbot.reviews.ReviewSignOffs;
import com.appraisalbot.slack.Excerpt;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review modals: each page of a part's form, the reason for a return, and the SLT sign-off. */
final class ReviewForms {

    static final String FORM = "review_form";
    static final String RETURN = "review_return";
    static final String SLT = "review_slt";
    static final String BACK = "review_form_back";
    static final String SAVE = "review_form_save";
    static final String VALUE = "value";
    static final String PROBLEMS_BLOCK = "review_form_problems";
    private static final int LONGEST_QUOTE = 700;

    private ReviewForms() {}

    /** What a form page is about: whose review, which part, and what is shown beside the inputs. */
    record Page(
            ReviewKind kind,
            ReviewPart part,
            long caseManagerId,
            String caseManagerName,
            FormPage page,
            Review draft,
            Optional<ObjectivesPlan> objectives,
            String note) {

        String metadata() {
            return kind.name() + ":" + part.name() + ":" + caseManagerId + ":" + page.index();
        }
    }

    /** Reads a page's metadata: kind, part, case manager and page number. */
    static Optional<String[]> metadata(String text) {
        if (text == null || !text.matches("(MIDPOINT|FINAL):(CASE_MANAGER|APPRAISER):\\d{1,18}:\\d")) {
            return Optional.empty();
        }
        return Optional.of(text.split(":"));
    }

    static View form(Page page) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("review_form_intro").text(markdownText(intro(page)))));
        if (!page.note().isEmpty()) {
            blocks.add(section(s -> s.blockId(PROBLEMS_BLOCK).text(markdownText(page.note()))));
        }
        for (ObjectiveArea area : page.page().areas()) {
            blocks.add(section(s -> s.blockId("about_" + area.number()).text(markdownText(about(page, area)))));
        }
        page.page().fields().forEach(field -> blocks.add(fieldInput(field, page.draft())));
        blocks.add(actions(a -> a.blockId("review_form_nav").elements(navigation(page))));
        boolean last = page.page().isLast();
        return view(v -> v.type("modal")
                .callbackId(FORM)
                .privateMetadata(page.metadata())
                .title(ModalText.title(page.kind().label()))
                .submit(ModalText.submit(last ? submitLabel(page.part()) : "Save and go on"))
                .close(ModalText.close("Close"))
                .blocks(blocks));
    }

    private static String submitLabel(ReviewPart part) {
        return part == ReviewPart.CASE_MANAGER ? "Submit review" : "Save comments";
    }

    private static String intro(Page page) {
        String who = page.part() == ReviewPart.CASE_MANAGER
                ? "Your " + page.kind().label().toLowerCase()
                : SlackText.escape(page.caseManagerName()) + "'s "
                        + page.kind().label().toLowerCase() + ": your part as appraiser";
        String step = page.page().count() == 1
                ? ""
                : " (page " + (page.page().index() + 1) + " of " + page.page().count() + ")";
        return "*" + who + "*" + step + ". What you type is saved with each page; close this and come back"
                + " any time.";
    }

    private static String about(Page page, ObjectiveArea area) {
        String objective = page.objectives()
                .map(plan -> plan.objective(area).objective())
                .filter(text -> !text.isEmpty())
                .map(text -> "\n" + quote(text))
                .orElse("");
        String text = "*" + area.title() + "*" + objective;
        if (page.part() == ReviewPart.APPRAISER) {
            String self = page.draft().self(area);
            String status = page.draft().answer("status." + area.number());
            text += "\n*Case manager:* " + (status.isEmpty() ? "" : Choice.label(Choice.PROGRESS, status) + ". ")
                    + quote(self);
        }
        return text;
    }

    static String quote(String text) {
        return Excerpt.of(text, LONGEST_QUOTE).text();
    }

    private static LayoutBlock fieldInput(ReviewField field, Review draft) {
        String current = draft.answer(field.key());
        BlockElement element = field.isChoice() ? select(field, current) : textInput(field, current);
        return input(i -> i.blockId(field.key())
                .optional(true)
                .label(plainText(field.label() + (field.required() ? "" : " (optional)")))
                .element(element));
    }

    private static BlockElement textInput(ReviewField field, String current) {
        return plainTextInput(p -> p.actionId(VALUE)
                .multiline(true)
                .maxLength((Integer) field.maxLength())
                .initialValue(current.isEmpty() ? null : current));
    }

    private static BlockElement select(ReviewField field, String current) {
        List<OptionObject> options = field.options().stream()
                .map(o -> option(plainText(o.label()), o.value()))
                .toList();
        Optional<OptionObject> initial =
                options.stream().filter(o -> o.getValue().equals(current)).findFirst();
        return staticSelect(s -> s.actionId(VALUE)
                .placeholder(plainText("Choose"))
                .options(options)
                .initialOption(initial.orElse(null)));
    }

    private static List<BlockElement> navigation(Page page) {
        List<BlockElement> buttons = new ArrayList<>();
        if (page.page().index() > 0) {
            buttons.add(button(b -> b.actionId(BACK).text(plainText("Back")).value(page.metadata())));
        }
        buttons.add(button(b -> b.actionId(SAVE).text(plainText("Save draft")).value(page.metadata())));
        return buttons;
    }

    /** The answers a submitted page holds, by field key; a field left empty is "". */
    static Map<String, String> values(ViewState state, List<ReviewField> fields) {
        Map<String, String> values = new HashMap<>();
        for (ReviewField field : fields) {
            ViewState.Value value = Optional.ofNullable(state)
                    .map(ViewState::getValues)
                    .map(blocks -> blocks.get(field.key()))
                    .map(actions -> actions.get(VALUE))
                    .orElse(null);
            values.put(field.key(), read(value));
        }
        return values;
    }

    private static String read(ViewState.Value value) {
        if (value == null) {
            return "";
        }
        if (value.getSelectedOption() != null) {
            return value.getSelectedOption().getValue();
        }
        return value.getValue() == null ? "" : value.getValue();
    }

    /** Asks why a review is returned; the reason is shown to whoever it goes back to. */
    static View returnReason(ReviewRef ref, String role, String whom) {
        return view(v -> v.type("modal")
                .callbackId(RETURN)
                .privateMetadata(ref.value() + ":" + role)
                .title(ModalText.title("Return with comment"))
                .submit(ModalText.submit("Return review"))
                .close(ModalText.close("Cancel"))
                .blocks(List.of(
                        section(s -> s.blockId("return_intro")
                                .text(markdownText("Say what " + SlackText.escape(whom) + " should change. Nothing"
                                        + " is signed; they will see your comment."))),
                        input(i -> i.blockId("reason")
                                .label(plainText("What should change"))
                                .element(plainTextInput(
                                        p -> p.actionId(VALUE).multiline(true).maxLength((Integer)
                                                ReviewSignOffs.COMMENT_MAX)))))));
    }

    /** The SLT member's review: a summary of the overall assessment and a required comment. */
    static View sltSignOff(ReviewRef ref, String caseManagerName, Review review, String sustained) {
        String summary = "*" + SlackText.escape(caseManagerName) + "'s final review*, version " + ref.version()
                + "\n*Highly competent:* " + Choice.label(Choice.YES_NO, review.answer("highlyCompetent"))
                + "\n*Substantial contribution:* " + Choice.label(Choice.YES_NO, review.answer("substantial"))
                + "\n*Recommendation:* " + Choice.label(Choice.RECOMMENDATION, review.answer("recommendation"))
                + "\n*Reasons:* " + quote(review.answer("reasons")) + "\n" + sustained;
        return view(v -> v.type("modal")
                .callbackId(SLT)
                .privateMetadata(ref.value())
                .title(ModalText.title("SLT review"))
                .submit(ModalText.submit("Sign for the SLT"))
                .close(ModalText.close("Cancel"))
                .blocks(List.of(
                        section(s -> s.blockId("slt_summary").text(markdownText(summary))),
                        input(i -> i.blockId("comment")
                                .label(plainText("SLT review/comment"))
                                .element(plainTextInput(
                                        p -> p.actionId(VALUE).multiline(true).maxLength((Integer)
                                                ReviewSignOffs.COMMENT_MAX)))),
                        context(c -> c.elements(List.of(markdownText("Signing adds your dated signature as SLT"
                                + " member to the version signed by the case manager and the appraiser.")))))));
    }
}
