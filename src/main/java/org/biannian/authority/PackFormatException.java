package org.biannian.authority;

import java.nio.file.Path;

/** A pack file that cannot be read, naming the file and line so the editor can fix it. */
public final class PackFormatException extends RuntimeException {

    public PackFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    public PackFormatException(Path folder, String message) {
        super(folder + ": " + message);
    }
}
