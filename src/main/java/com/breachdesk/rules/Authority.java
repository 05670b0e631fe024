package com.breachdesk.rules;

/** The body that receives a notice, with its web address. */
public record Authority(String name, String url) {
}
