package org.colophon.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless,
 * as root, with a fresh profile and nothing that reaches the network. Nothing is downloaded:
 * where no browser is installed, {@link #find()} says which part is missing.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUMS = List.of("chromium", "chromium-browser");
    private static final List<String> DRIVERS = List.of("chromedriver", "chromium-driver");

    /** The two programs, found on the PATH (or named by COLOPHON_CHROMIUM and COLOPHON_CHROMEDRIVER). */
    record Installation(Path chromium, Path driver) {}

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The browser and its driver, or empty where either is missing. */
    static Optional<Installation> find() {
        Optional<Path> chromium = program("COLOPHON_CHROMIUM", CHROMIUMS);
        Optional<Path> driver = program("COLOPHON_CHROMEDRIVER", DRIVERS);
        return chromium.isPresent() && driver.isPresent()
                ? Optional.of(new Installation(chromium.get(), driver.get())) : Optional.empty();
    }

    /** One line saying why no browser test can run here. */
    static String missing() {
        return "no browser: chromium and chromium-driver are not both installed (apt-get install -y chromium chromium-driver)";
    }

    private static Optional<Path> program(String variable, List<String> names) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            Optional<Path> hit = Stream.of(path.split(File.pathSeparator))
                    .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
            if (hit.isPresent()) return hit;
        }
        return Optional.empty();
    }

    /** Starts a headless Chromium with a viewport of the given size. */
    static Browser start(Installation in, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("colophon-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(in.chromium().toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(in.driver().toFile()).usingAnyFreePort().build();
        Browser b = new Browser(new ChromeDriver(service, o), profile);
        b.viewport(width, height);
        return b;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Sets the page's viewport to exactly width × height CSS pixels (a phone is 390 wide). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
