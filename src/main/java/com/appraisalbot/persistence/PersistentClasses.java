package com.appraisalbot.persistence;

import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.audit.AuditEntry;
import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.objectives.ObjectivesDraft;
import com.appraisalbot.objectives.ProgressEntry;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Person;
import com.appraisalbot.reviews.ReviewState;
import com.appraisalbot.signing.LedgerEntry;
import com.appraisalbot.signing.LedgerHead;
import com.appraisalbot.signing.StoredRecord;
import com.appraisalbot.signing.StoredSignature;
import com.appraisalbot.signing.StoredVersion;
import java.util.List;

/**
 * Every entity Hibernate maps. Kept as one list, rather than found by scanning, so that start-up
 * does not read the whole jar and a newcomer sees every table's class in one place.
 */
final class PersistentClasses {

    static final List<Class<?>> ALL = List.of(
            // people and the calendar
            Person.class,
            AppraiserAssignment.class,
            Cycle.class,
            AuditEntry.class,
            // signed records
            StoredRecord.class,
            StoredVersion.class,
            StoredSignature.class,
            LedgerEntry.class,
            LedgerHead.class,
            // objectives and approvals
            ObjectivesDraft.class,
            ApprovalRequest.class,
            Decision.class,
            ProgressEntry.class,
            ReviewState.class);

    private PersistentClasses() {}
}
