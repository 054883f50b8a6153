package org.rightbalance.conference;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A goal's scores drawn as a small line chart (inline SVG). Coordinates are worked out here so the
 * template only places them; the page shows the same scores in a table for screen readers.
 */
public record ProgressChart(int width, int height, String polyline, List<Point> points, List<Tick> yTicks,
                            String description) {

    static final int WIDTH = 320;
    static final int HEIGHT = 160;
    static final int LEFT = 30;
    static final int RIGHT = 15;
    static final int TOP = 10;
    static final int BOTTOM = 30;

    /** One score on the chart, with the label under it. */
    public record Point(int x, int y, int score, String label) {
    }

    /** A score line on the vertical axis (1, 5, 10). */
    public record Tick(int y, int value) {
    }

    public static ProgressChart of(Goal goal) {
        List<Score> scores = goal.scores();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            int x = LEFT + (scores.size() == 1 ? plotWidth / 2 : i * plotWidth / (scores.size() - 1));
            int y = yOf(scores.get(i).score(), plotHeight);
            points.add(new Point(x, y, scores.get(i).score(), scores.get(i).scoredOn().format(label)));
        }
        List<Tick> ticks = List.of(new Tick(yOf(1, plotHeight), 1), new Tick(yOf(5, plotHeight), 5),
                new Tick(yOf(10, plotHeight), 10));
        String polyline = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        String description = scores.isEmpty() ? "No scores yet."
                : "Scores for goal " + goal.number() + " from 1 to 10: " + scores.stream()
                .map(s -> s.score() + " on " + s.scoredOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))
                .collect(Collectors.joining(", ")) + ".";
        return new ProgressChart(WIDTH, HEIGHT, polyline, points, ticks, description);
    }

    private static int yOf(int score, int plotHeight) {
        return TOP + plotHeight - (score - 1) * plotHeight / 9;
    }

    public int axisBottom() {
        return HEIGHT - BOTTOM;
    }

    public int axisLeft() {
        return LEFT;
    }

    public int axisRight() {
        return WIDTH - RIGHT;
    }

    public int labelY() {
        return HEIGHT - BOTTOM + 18;
    }
}
