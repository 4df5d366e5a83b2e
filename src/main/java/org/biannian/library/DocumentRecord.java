package org.biannian.library;

import java.util.Objects;
import java.util.Optional;
import org.biannian.annals.ParseOptions;

/**
 * What the library records about a stored document, its text aside: where it came from, its
 * content hash, and how it was analysed (options, input format, provenance, title).
 *
 * @param format {@code wiki} (Wikisource markup read away) or {@code text}
 * @param title  the document's title from its header, or null when it has none
 * @param variants the fingerprint of the variant folding it was read with ({@link
 *                 org.biannian.text.VariantFolding#fingerprint()}), null for the built-in one
 */
public record DocumentRecord(String key, String name, String sha256, ParseOptions options, String format,
                             Provenance provenance, String title, String variants) {

    /**
     * Why a document with this content, options, format and provenance differs from this record,
     * or empty when it does not: {@code text changed}, {@code start changed}, {@code authority changed}…
     */
    public Optional<String> change(String sha256, ParseOptions options, String format, Provenance provenance) {
        if (!this.sha256.equals(sha256)) {
            return Optional.of("text changed");
        }
        boolean known = provenance.version() != null; // an unknown provenance (Provenance.UNKNOWN) compares text and options only
        if (known && !provenance.version().equals(this.provenance.version())) {
            return Optional.of("Biannian version changed");
        }
        if (!Objects.equals(this.options.start(), options.start())) {
            return Optional.of("start changed");
        }
        if (!Objects.equals(this.options.regime(), options.regime())) {
            return Optional.of("regime changed");
        }
        if (!Objects.equals(this.options.style(), options.style())) {
            return Optional.of("style changed");
        }
        if (!Objects.equals(this.options.title(), options.title())) {
            return Optional.of("title changed");
        }
        if (!Objects.equals(this.format, format)) {
            return Optional.of("format changed");
        }
        if (!Objects.equals(this.variants, options.variants().fingerprint())) {
            return Optional.of("variants changed");
        }
        if (known && !Objects.equals(this.provenance.authority(), provenance.authority())) {
            return Optional.of("authority changed");
        }
        return Optional.empty();
    }
}
