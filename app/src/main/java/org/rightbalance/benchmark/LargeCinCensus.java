package org.rightbalance.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic CIN census file (collection year 2023/24) of about a given size, child by child straight to disk,
 * so a file of any size is written in constant memory. Every child is valid under the reader's rules (episodes one
 * after another, each CIN plan inside its episode, a CP plan only after the CIN plan ended), and carries the elements
 * the reader skips (UPN, disabilities, assessments, section 47, reviews) as a council's file would.
 */
public final class LargeCinCensus {

    private static final String[] ETHNICITY = {"WBRI", "WOTH", "BAFR", "BCRB", "ABAN", "AIND", "MWBC", "MOTH", "OOTH",
        "REFU", "NOBT"};
    private static final String[] SOURCE = {"1A", "1B", "2A", "3A", "3C", "4", "5A", "5C", "6", "9"};
    private static final String[] CLOSE = {"RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"};
    private static final String[] CATEGORY = {"NEG", "EMO", "PHY", "SAB", "MUL"};
    private static final int YEAR = 2024;

    /** What was written. */
    public record Written(long bytes, long children, long referrals) {
    }

    private LargeCinCensus() {
    }

    /** Writes children until the file holds at least {@code targetBytes}; same seed and size, same bytes. */
    public static Written write(Path file, long targetBytes, long seed) throws IOException {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("the size must be at least one byte, was " + targetBytes);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        try (CountingStream counted = new CountingStream(Files.newOutputStream(file));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n"
                    + "      <Collection>CIN</Collection>\n      <Year>" + YEAR + "</Year>\n      <ReferenceDate>"
                    + YEAR + "-03-31</ReferenceDate>\n    </CollectionDetails>\n    <Source>\n"
                    + "      <SourceLevel>L</SourceLevel>\n      <LEA>999</LEA>\n"
                    + "      <SoftwareCode>RightBalance benchmark</SoftwareCode>\n      <Release>1</Release>\n"
                    + "      <SerialNo>1</SerialNo>\n      <DateTime>" + YEAR + "-04-01T00:00:00</DateTime>\n"
                    + "    </Source>\n  </Header>\n  <Children>\n");
            long children = 0;
            long referrals = 0;
            StringBuilder b = new StringBuilder(4096);
            while (true) {
                w.flush();
                if (counted.count >= targetBytes) {
                    break;
                }
                children++;
                b.setLength(0);
                referrals += child(b, children, rnd);
                w.write(b.toString());
            }
            w.write("  </Children>\n</Message>\n");
            w.flush();
            return new Written(counted.count, children, referrals);
        }
    }

    /** Appends one child; returns its number of referrals. */
    private static int child(StringBuilder b, long n, SplittableRandom rnd) {
        LocalDate birth = LocalDate.of(2004, 1, 1).plusDays(rnd.nextInt(12 * 365));
        b.append("    <Child>\n      <ChildIdentifiers>\n        <LAchildID>BENCH").append(n).append("</LAchildID>\n")
                .append("        <UPN>A").append(String.format("%012d", n)).append("</UPN>\n")
                .append("        <PersonBirthDate>").append(birth).append("</PersonBirthDate>\n")
                .append("        <GenderCurrent>").append(rnd.nextBoolean() ? '1' : '2').append("</GenderCurrent>\n")
                .append("      </ChildIdentifiers>\n      <ChildCharacteristics>\n        <Ethnicity>")
                .append(ETHNICITY[rnd.nextInt(ETHNICITY.length)]).append("</Ethnicity>\n")
                .append("        <Disabilities>\n          <Disability>NONE</Disability>\n        </Disabilities>\n")
                .append("      </ChildCharacteristics>\n");
        int episodes = 1 + rnd.nextInt(3);
        LocalDate day = birth.plusDays(30 + rnd.nextInt(2000));
        for (int e = 0; e < episodes; e++) {
            boolean last = e == episodes - 1;
            boolean open = last && rnd.nextInt(4) == 0;
            int length = 30 + rnd.nextInt(400);
            LocalDate closed = day.plusDays(length);
            b.append("      <CINdetails>\n        <CINreferralDate>").append(day).append("</CINreferralDate>\n")
                    .append("        <ReferralSource>").append(SOURCE[rnd.nextInt(SOURCE.length)])
                    .append("</ReferralSource>\n        <PrimaryNeedCode>N").append(1 + rnd.nextInt(9))
                    .append("</PrimaryNeedCode>\n");
            if (!open) {
                b.append("        <CINclosureDate>").append(closed).append("</CINclosureDate>\n")
                        .append("        <ReasonForClosure>").append(CLOSE[rnd.nextInt(CLOSE.length)])
                        .append("</ReasonForClosure>\n");
            }
            b.append("        <Assessments>\n          <AssessmentActualStartDate>").append(day.plusDays(1))
                    .append("</AssessmentActualStartDate>\n          <AssessmentAuthorisationDate>")
                    .append(day.plusDays(20)).append("</AssessmentAuthorisationDate>\n")
                    .append("          <AssessmentFactors>2A</AssessmentFactors>\n        </Assessments>\n");
            LocalDate planStart = day.plusDays(5);
            LocalDate planEnd = day.plusDays(length / 2);
            b.append("        <CINPlanDates>\n          <CINPlanStartDate>").append(planStart)
                    .append("</CINPlanStartDate>\n          <CINPlanEndDate>").append(planEnd)
                    .append("</CINPlanEndDate>\n        </CINPlanDates>\n");
            if (rnd.nextInt(5) == 0) {
                String category = CATEGORY[rnd.nextInt(CATEGORY.length)];
                b.append("        <Section47>\n          <S47ActualStartDate>").append(planEnd)
                        .append("</S47ActualStartDate>\n          <ICPCnotRequired>false</ICPCnotRequired>\n")
                        .append("        </Section47>\n        <ChildProtectionPlans>\n          <CPPstartDate>")
                        .append(planEnd).append("</CPPstartDate>\n          <CPPendDate>")
                        .append(open ? "" : closed.toString()).append("</CPPendDate>\n")
                        .append("          <InitialCategoryOfAbuse>").append(category)
                        .append("</InitialCategoryOfAbuse>\n          <LatestCategoryOfAbuse>").append(category)
                        .append("</LatestCategoryOfAbuse>\n          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n")
                        .append("          <Reviews>\n            <CPPreviewDate>").append(planEnd.plusDays(90))
                        .append("</CPPreviewDate>\n          </Reviews>\n        </ChildProtectionPlans>\n");
            }
            b.append("      </CINdetails>\n");
            day = closed.plusDays(1 + rnd.nextInt(200));
        }
        b.append("    </Child>\n");
        return episodes;
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            out.write(bytes, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
