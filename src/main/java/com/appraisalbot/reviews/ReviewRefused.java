package com.appraisalbot.reviews;

/** A review action that cannot happen now, such as approving an older version. The message is for the person. */
public class ReviewRefused extends RuntimeException {

    public ReviewRefused(String message) {
        super(message);
    }
}
