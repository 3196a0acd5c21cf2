package com.appraisalbot.reviews;

import com.appraisalbot.people.Role;

/** Who writes a part of a review: the case manager about themselves, or their appraiser. */
public enum ReviewPart {
    CASE_MANAGER(Role.CASE_MANAGER),
    APPRAISER(Role.APPRAISER);

    private final Role role;

    ReviewPart(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
