package com.breachdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedPackLoadsTest {

    @Test
    void shippedPackLoadsWithItsVersion() {
        RulePack pack = new RulePackLoader().loadShipped();
        assertThat(pack.version()).isEqualTo("2026.11.25");
        assertThat(pack.rules()).hasSizeGreaterThan(250);
    }
}
