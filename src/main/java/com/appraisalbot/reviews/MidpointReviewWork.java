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

/** The mid-point review's outstanding work: the case manager's part, the appraiser's, the signatures. */
@ApplicationScoped
public class MidpointReviewWork implements StageWork {

    private final Transactions transactions;

    @Inject
    public MidpointReviewWork(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Stage stage() {
        return Stage.MIDPOINT_REVIEW;
    }

    @Override
    public Map<Long, Duty> outstanding(Collection<AppraiserAssignment> assignments, CycleYear year) {
        return ReviewWork.outstanding(transactions, ReviewKind.MIDPOINT, assignments, year);
    }
}
