package org.biannian.web;

import io.javalin.http.Handler;
import java.util.List;

/** One GET route of the API: its path (Javalin style, {@code {id}}), what it answers, its parameters and handler. */
record Route(String path, String summary, List<Param> params, Handler handler) {

    Route {
        params = List.copyOf(params);
    }
}
