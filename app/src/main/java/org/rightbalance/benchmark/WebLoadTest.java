package org.rightbalance.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test of the case-work application: simulated practitioners, each with their own session,
 * sign in and then work as a practitioner does — home page, a child's case page, the parts of the
 * case their role may see, now and then a change (someone added to the family's network), the API —
 * with a think time between pages.
 *
 * <p>Every response is checked: a status other than 200 (after redirects), or a page that is not
 * the one asked for, is an error. Latencies are recorded per page type and summarised as median and
 * 99th percentile (nearest-rank).
 */
public final class WebLoadTest {

    /** The kinds of page, reported separately. */
    public enum Page { SIGN_IN, HOME, CASE, SECTION, WRITE, API }

    /** What to run. */
    public record Plan(URI base, List<String> usernames, String password, int users, Duration duration, Duration rampUp,
                       Duration minThink, Duration maxThink, long seed) {
        public Plan {
            if (users < 1) {
                throw new IllegalArgumentException("--users must be at least 1, was " + users);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("--duration must be positive");
            }
            if (maxThink.compareTo(minThink) < 0) {
                throw new IllegalArgumentException("the longest think time must not be shorter than the shortest");
            }
            usernames = List.copyOf(usernames);
        }
    }

    /** The outcome of one request. */
    record Sample(Page page, long nanos, boolean ok, String error) {
    }

    /** Latency summary of one kind of page, in milliseconds. */
    public record Summary(Page page, long requests, long errors, double medianMs, double p95Ms, double p99Ms, double maxMs) {
    }

    /** The whole run. */
    public record Result(List<Summary> pages, Summary all, double seconds, List<String> firstErrors, int users) {
        public double requestsPerSecond() {
            return all.requests() / seconds;
        }
    }

    /** One loop in this many, a practitioner who may changes the family's network (a write under load). */
    static final int WRITE_ONE_IN = 8;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"(/cases/\\d+)\"");
    private static final Pattern SECTION_LINK = Pattern.compile("href=\"(/cases/\\d+/[a-z-]+)\"");

    private WebLoadTest() {
    }

    public static Result run(Plan plan, PrintWriter progress) {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(plan.users());
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < plan.users(); i++) {
            int user = i;
            long delay = plan.users() == 1 ? 0 : plan.rampUp().toMillis() * i / (plan.users() - 1);
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(delay);
                    new Practitioner(plan, user, samples, stop).work();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "practitioner-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        try {
            long end = System.nanoTime() + plan.duration().toNanos();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                progress.printf(Locale.ROOT, "  %.0f s: %d requests%n", (System.nanoTime() - start) / 1e9, samples.size());
                progress.flush();
            }
            stop.set(true);
            done.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return summarise(new ArrayList<>(samples), seconds, plan.users());
    }

    static Result summarise(List<Sample> samples, double seconds, int users) {
        Map<Page, List<Sample>> byPage = new EnumMap<>(Page.class);
        samples.forEach(s -> byPage.computeIfAbsent(s.page(), p -> new ArrayList<>()).add(s));
        List<Summary> pages = new ArrayList<>();
        byPage.forEach((page, list) -> pages.add(summary(page, list)));
        List<String> errors = samples.stream().filter(s -> !s.ok()).map(Sample::error).distinct().limit(10).toList();
        return new Result(pages, summary(null, samples), seconds, errors, users);
    }

    static Summary summary(Page page, List<Sample> samples) {
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(s -> !s.ok()).count();
        return new Summary(page, nanos.length, errors, rank(nanos, 0.50), rank(nanos, 0.95), rank(nanos, 0.99),
                nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds: the smallest value with at least q of the values at or below it. */
    static double rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public static String markdown(Result result, Plan plan, String machine, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Case-work application under load\n\n");
        sb.append(machine).append(" Date: ").append(java.time.LocalDate.now()).append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(String.format(Locale.ROOT, "%d simulated practitioners (each its own session; accounts %s in turn), "
                        + "ramp-up %d s, think time %d–%d ms between pages, one round in %d also adding someone to a family's network where the reader may, for %.0f s; the server in its own JVM on loopback, "
                        + "embedded H2 database, demo data. %d requests, %.1f per second, **%d errors**.%n%n",
                plan.users(), String.join(", ", plan.usernames()), plan.rampUp().toSeconds(), plan.minThink().toMillis(),
                plan.maxThink().toMillis(), WRITE_ONE_IN, result.seconds(), result.all().requests(), result.requestsPerSecond(),
                result.all().errors()));
        sb.append("| Page | Requests | Errors | Median (ms) | 95th percentile (ms) | 99th percentile (ms) | Max (ms) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Summary s : result.pages()) {
            row(sb, label(s.page()), s);
        }
        row(sb, "**All pages**", result.all());
        if (!result.firstErrors().isEmpty()) {
            sb.append("\nFirst errors:\n\n");
            result.firstErrors().forEach(e -> sb.append("- ").append(e).append('\n'));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Summary s) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", label, s.requests(), s.errors(),
                s.medianMs(), s.p95Ms(), s.p99Ms(), s.maxMs()));
    }

    private static String label(Page page) {
        return switch (page) {
            case SIGN_IN -> "Sign in (form POST, bcrypt)";
            case HOME -> "Home page (my cases, due, alerts)";
            case CASE -> "Child's case page (chronology)";
            case SECTION -> "A section of the case (referral, conference, mentoring …)";
            case WRITE -> "Add someone to the family's network (form POST, CSRF, audit)";
            case API -> "REST API: GET /api/cases";
        };
    }

    /** One simulated practitioner: their own cookie jar, their own random walk through their cases. */
    private static final class Practitioner {
        private final Plan plan;
        private final String username;
        private final ConcurrentLinkedQueue<Sample> samples;
        private final AtomicBoolean stop;
        private final Random random;
        private final HttpClient http;

        Practitioner(Plan plan, int index, ConcurrentLinkedQueue<Sample> samples, AtomicBoolean stop) {
            this.plan = plan;
            this.username = plan.usernames().get(index % plan.usernames().size());
            this.samples = samples;
            this.stop = stop;
            this.random = new Random(plan.seed() + index);
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
        }

        void work() throws InterruptedException {
            String home = signIn();
            while (!stop.get()) {
                think();
                home = get(Page.HOME, "/", "My cases");
                List<String> cases = links(CASE_LINK, home);
                if (!cases.isEmpty() && !stop.get()) {
                    think();
                    String casePage = get(Page.CASE, cases.get(random.nextInt(cases.size())), "Chronology");
                    List<String> sections = links(SECTION_LINK, casePage);
                    for (int i = 0; i < 2 && !sections.isEmpty() && !stop.get(); i++) {
                        think();
                        get(Page.SECTION, sections.get(random.nextInt(sections.size())), "<h1");
                    }
                    String family = sections.stream().filter(l -> l.endsWith("/family")).findFirst().orElse(null);
                    if (family != null && random.nextInt(WRITE_ONE_IN) == 0 && !stop.get()) {
                        think();
                        addNetworkMember(family);
                    }
                }
                if (random.nextInt(5) == 0 && !stop.get()) {
                    think();
                    api("/api/cases");
                }
            }
        }

        /**
         * A change, as a practitioner makes one: open the family page and, where the form to add
         * someone to the family's network is there (the reader may change that section), send it.
         */
        private void addNetworkMember(String familyPath) {
            String page = get(Page.SECTION, familyPath, "<h1");
            String action = familyPath + "/network";
            Matcher token = CSRF.matcher(page);
            if (!page.contains("action=\"" + action + "\"") || !token.find()) {
                return;
            }
            String name = "Load test neighbour " + username + " " + random.nextInt(1_000_000);
            String body = "name=" + enc(name) + "&relationship=Neighbour&kind=FRIEND&organisation=&contact=&_csrf="
                    + enc(token.group(1));
            send(Page.WRITE, HttpRequest.newBuilder(plan.base().resolve(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), name);
        }

        private String signIn() {
            String form = get(Page.SIGN_IN, "/sign-in", "Sign in");
            Matcher m = CSRF.matcher(form);
            String token = m.find() ? m.group(1) : "";
            String body = "username=" + enc(username) + "&password=" + enc(plan.password()) + "&_csrf=" + enc(token);
            return send(Page.SIGN_IN, HttpRequest.newBuilder(plan.base().resolve("/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), "My cases");
        }

        private String get(Page page, String path, String expected) {
            return send(page, HttpRequest.newBuilder(plan.base().resolve(path)).GET().build(), expected);
        }

        private void api(String path) {
            String auth = java.util.Base64.getEncoder().encodeToString((username + ":" + plan.password()).getBytes(StandardCharsets.UTF_8));
            send(Page.API, HttpRequest.newBuilder(plan.base().resolve(path)).header("Authorization", "Basic " + auth)
                    .header("Accept", "application/json").GET().build(), "[");
        }

        private String send(Page page, HttpRequest request, String expected) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long nanos = System.nanoTime() - t0;
                boolean ok = response.statusCode() == 200 && response.body().contains(expected);
                samples.add(new Sample(page, nanos, ok, ok ? null
                        : page + " " + request.uri().getPath() + " → HTTP " + response.statusCode()
                        + (response.statusCode() == 200 ? " without '" + expected + "'" : "")));
                return response.body();
            } catch (IOException e) {
                samples.add(new Sample(page, System.nanoTime() - t0, false, page + " " + request.uri().getPath() + " → " + e));
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                return "";
            }
        }

        private void think() {
            long min = plan.minThink().toMillis();
            long span = plan.maxThink().toMillis() - min;
            try {
                Thread.sleep(min + (span == 0 ? 0 : (long) (random.nextDouble() * span)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }

        private List<String> links(Pattern pattern, String html) {
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(html);
            while (m.find()) {
                if (!found.contains(m.group(1))) {
                    found.add(m.group(1));
                }
            }
            return Collections.unmodifiableList(found);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** The demo's practitioner and manager accounts that a load test signs in as, in turn. */
    public static List<String> demoPractitioners() {
        return Arrays.asList("sw.amara", "sw.ben", "tm.priya", "tm.owen", "fgc.lee", "mentor.sam", "mentor.jo",
                "vs.harpreet", "pm.morgan");
    }
}
