package org.biannian.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host names a request may be addressed to (its Host header): the loopback names, the address
 * the server is bound to, and those the user adds. Anything else is refused, so that a web page
 * whose domain a DNS-rebinding attacker points at 127.0.0.1 cannot read the reader from a browser.
 */
final class AllowedHosts {

    private final Set<String> names = new TreeSet<>();

    /** Loopback names, {@code boundHost}, and {@code extra} (host names, without ports). */
    AllowedHosts(String boundHost, Collection<String> extra) {
        names.addAll(Set.of("127.0.0.1", "localhost", "[::1]"));
        names.add(normal(boundHost));
        extra.forEach(h -> names.add(normal(h)));
    }

    /** Whether a request with this Host header (null when the request had none) is served. */
    boolean allows(String hostHeader) {
        // Browsers always send Host; only a non-browser HTTP/1.0 client omits it, and it cannot be rebound.
        return hostHeader == null || names.contains(normal(withoutPort(hostHeader.strip())));
    }

    /** The names accepted, for the refusal's message. */
    String describe() {
        return String.join(", ", names);
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 || host.indexOf(':', colon + 1) >= 0 ? host : host.substring(0, colon);
    }

    /** Lower case, an IPv6 literal in brackets, no trailing dot. */
    private static String normal(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return h;
    }
}
