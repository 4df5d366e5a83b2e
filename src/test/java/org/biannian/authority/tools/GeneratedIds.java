package org.biannian.authority.tools;

/**
 * Ids of generated records made from the name itself (丁進 → prefix + 4e01-9032): a re-make that adds or drops other
 * names leaves every id where it was, as published ids must stay (a running number shifted them all).
 */
final class GeneratedIds {

    private GeneratedIds() {
    }

    static String of(String prefix, String name) {
        return prefix + String.join("-", name.codePoints().mapToObj(Integer::toHexString).toList());
    }
}
