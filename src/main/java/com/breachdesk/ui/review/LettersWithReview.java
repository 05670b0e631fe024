package com.breachdesk.ui.review;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Letters step with legal review beside it: one tab for the letters, one for reviewing their templates. */
public final class LettersWithReview {

    private LettersWithReview() {
    }

    public static TabPane of(Node letters, ReviewView review) {
        Tab lettersTab = new Tab("Letters", letters);
        lettersTab.setId("tab-letters");
        Tab reviewTab = new Tab("Legal review", review);
        reviewTab.setId("tab-review");
        TabPane tabs = new TabPane(lettersTab, reviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
