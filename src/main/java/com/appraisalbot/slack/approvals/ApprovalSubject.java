package com.appraisalbot.slack.approvals;

import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Decision;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One record type's part in approval messages (objectives; a mid-point or final review): a CDI
 * bean per record type. {@link ApprovalMessages} puts the summary above the Approve and Return
 * buttons, and keeps it when the decision replaces the buttons.
 */
public interface ApprovalSubject {

    /** The signed record type this bean speaks for, such as {@code objectives}. */
    String recordType();

    /** What is being approved, in a few lower-case words for sentences: "objectives", "final review". */
    String noun();

    /** The message's top-level text, which notifications and screen readers read: a complete sentence. */
    String requestText(ApprovalRequest request);

    /** The version summarised, everything typed escaped, at most 45 blocks within Block Kit's limits. */
    List<LayoutBlock> summary(ApprovalRequest request);

    /**
     * Tells the author the outcome and the reason and refreshes what both people see. Runs after
     * the approver's click is acknowledged.
     */
    void decided(ApprovalRequest request, Decision decision);
}
