package com.breachdesk.organization;

import com.breachdesk.vocabulary.DataCategory;

import java.util.Set;

/**
 * One line of the organization's data inventory, in its own words ("Billing data"), mapped to the
 * data categories the rules understand. Picking an item fills the incident's categories.
 */
public record InventoryItem(String label, Set<DataCategory> categories) {

    public InventoryItem {
        categories = Set.copyOf(categories);
    }
}
