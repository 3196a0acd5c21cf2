package com.appraisalbot.reviews;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.StageWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/** The final review's outstanding work, up to the SLT member's sign-off. */
@ApplicationScoped
public class FinalReviewWork implements StageWork {

    private final Transactions transactions;

    @Inject
    public FinalReviewWork(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Stage stage() {
        return Stage.FINAL_REVIEW;
    }

    @Override
    public Map<Long, Duty> outstanding(Collection<AppraiserAssignment> assignments, CycleYear year) {
        return ReviewWork.outstanding(transactions, ReviewKind.FINAL, assignments, year);
    }
}
