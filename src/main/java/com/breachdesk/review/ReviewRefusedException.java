package com.breachdesk.review;

/** A review step that is not allowed now (a transition the state machine refuses, approval with open comments). */
public final class ReviewRefusedException extends IllegalArgumentException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
