package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code biannian serve}: starts the reader on the bundled sample, prints its URL, cleans up; refuses bad options. */
class ServeCommandTest {

    @Test
    void servesTheBundledSampleAndDeletesItsTemporaryLibraryOnExit() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path tmp = Files.createTempDirectory("serve-test-tmp");
        Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "org.biannian.cli.Main", "serve", "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the ready line").isNotNull();
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
            assertThat(url.find()).as(line).isTrue();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1) + "api/entries?limit=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("xixiaji-994-998:1");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<main id=\"view\"").doesNotContain("http://").doesNotContain("https://");
            try (Stream<Path> inTmp = Files.list(tmp)) {
                assertThat(inTmp.map(x -> x.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("biannian-sample-"));
            }
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Stream<Path> inTmp = Files.list(tmp)) {
            assertThat(inTmp.map(x -> x.getFileName().toString()).toList()).noneMatch(n -> n.startsWith("biannian-sample-"));
        }
    }

    @Test
    void refusesBadOptionsAndABusyPort(@TempDir Path folder) throws IOException {
        MainTest.Run badPort = MainTest.run("serve", "--port", "70000");
        assertThat(badPort.status()).isEqualTo(Main.EXIT_USAGE);
        assertThat(badPort.err()).contains("--port");
        MainTest.Run noLibrary = MainTest.run("serve", "--library", folder.resolve("missing").toString());
        assertThat(noLibrary.status()).isEqualTo(Main.EXIT_INPUT);
        assertThat(noLibrary.err()).contains("no library");
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            MainTest.Run inUse = MainTest.run("serve", "--library", folder.toString(), "--port", String.valueOf(busy.getLocalPort()));
            assertThat(inUse.status()).isEqualTo(Main.EXIT_INPUT);
            assertThat(inUse.err()).contains("cannot serve").doesNotContain("\tat ");
        }
        assertThat(List.of(MainTest.run("serve", "--help").out())).anyMatch(o -> o.contains("--host"));
    }
}
