package org.biannian.cli;

import java.util.Locale;
import org.biannian.text.TextReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The size a command reads at most ({@code --max-size}): a whole chronicle is analysed in memory, so
 * the default follows the Java heap, from the measured cost of an analysis (docs/benchmarks.md,
 * "memory per input character").
 */
final class InputSize {

    /**
     * Heap per byte of UTF-8 input the default allows for: the analysis retains ≈ 8 bytes a byte and
     * peaks higher while it runs, and the output is written on top of it.
     */
    static final int HEAP_PER_BYTE = 16;

    private InputSize() {
    }

    /** The default limit: the heap this JVM may use, divided by {@link #HEAP_PER_BYTE}. */
    static long byDefault() {
        return Math.min(TextReader.MAX_BYTES, Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE);
    }

    /** Reads {@code 200M}, {@code 3G}, {@code 64k} or a number of bytes (powers of 1024). */
    static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
            long unit = 1;
            if (!v.isEmpty() && "KMGT".indexOf(v.charAt(v.length() - 1)) >= 0) {
                unit = 1L << (10 * ("KMGT".indexOf(v.charAt(v.length() - 1)) + 1));
                v = v.substring(0, v.length() - 1);
            }
            long bytes;
            try {
                bytes = Math.multiplyExact(Long.parseLong(v.strip()), unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("not a size: 「" + value + "」 (e.g. 200M, 2G, 65536)");
            }
            if (bytes <= 0 || bytes > TextReader.MAX_BYTES) {
                throw new TypeConversionException("a size from 1 byte to " + TextReader.bytesForHumans(TextReader.MAX_BYTES)
                        + " (one text is held in memory), not 「" + value + "」");
            }
            return bytes;
        }
    }
}
