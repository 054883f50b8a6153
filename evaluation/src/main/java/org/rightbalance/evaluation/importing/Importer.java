package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.importing.cin.CinCensus;
import org.rightbalance.evaluation.importing.cin.CinCensusReader;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Reader;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings a council's returns into one evaluation input folder (the SSD layout that
 * {@code rightbalance evaluate} reads), all or nothing.
 *
 * <p>What the output folder already holds is merged with the new files, so several sources — an SSD
 * extract, an SSDA903 return, CIN census files — build one input, one command at a time. Importing
 * the same files again changes nothing; a later collection year's census file updates what changed. Any invalid row
 * or conflicting record stops the import and leaves the folder as it was (see {@link ExtractMerger#importSources}).
 */
public final class Importer {

    /** The formats a council's data comes in. */
    public enum Format {
        /** Standard Safeguarding Dataset CSV extract: each FILE is a folder. */
        SSD,
        /** SSDA903 looked-after children return: each FILE is a folder of CSV tables or an XML file. */
        SSDA903,
        /** Children in Need census XML (collection years 2017/18 to 2025/26): each FILE is one census file. */
        CIN_CENSUS;

        public static Format parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "ssd" -> SSD;
                case "ssda903", "903" -> SSDA903;
                case "cin-census", "cin" -> CIN_CENSUS;
                default -> throw new IllegalArgumentException("unknown format '" + text + "'; use ssd, ssda903 or cin-census");
            };
        }
    }

    /**
     * @param format the format of every file
     * @param files  the files or folders to import
     * @param out    the evaluation input folder to create or add to
     */
    public record Request(Format format, List<Path> files, Path out) {
        public Request {
            Objects.requireNonNull(format, "format");
            files = List.copyOf(files);
            Objects.requireNonNull(out, "out");
            if (files.isEmpty()) {
                throw new IllegalArgumentException("name at least one file to import");
            }
        }
    }

    private Importer() {
    }

    /**
     * Imports the files child by child with bounded memory ({@link StreamingImport}); when that cannot vouch for the
     * result (see its class comment), or the output folder was not written by an import, it reads every source into
     * memory and merges them whole, with the same outcome. Returns the report of what each file added, updated or
     * left unchanged and the totals the folder now holds; {@link ExtractMerger.Imported#read} is the validated
     * content only when the in-memory path ran (null when streamed). A census file's records carry its collection
     * year: a later year's file supersedes what an earlier one said about the same record, an earlier year's does not
     * override a later one (see {@code docs/cin-census.md}, "Importing several years").
     */
    public static ExtractMerger.Imported run(Request request) {
        return run(request, true);
    }

    /** As {@link #run(Request)}; {@code streaming} false always takes the in-memory path (for comparing the two). */
    static ExtractMerger.Imported run(Request request, boolean streaming) {
        if (streaming) {
            Optional<ExtractMerger.Imported> streamed = StreamingImport.run(request);
            if (streamed.isPresent()) {
                return streamed.get();
            }
        }
        List<ExtractMerger.Source> sources = new ArrayList<>();
        if (Files.exists(request.out().resolve("ssd_person.csv"))) {
            sources.add(ExtractMerger.Source.existing(request.out().toString(),
                    SsdReader.read(request.out(), ValidationPolicy.STOP).extract(),
                    ExtractMerger.readYears(request.out())));
        }
        for (Path file : request.files()) {
            String name = file.toString();
            sources.add(switch (request.format()) {
                case SSD -> ExtractMerger.Source.of(name, 0, SsdReader.read(file, ValidationPolicy.STOP).extract());
                case SSDA903 -> ExtractMerger.Source.of(name, 0, ExtractMerger.asExtract(Ssda903Reader.read(file)));
                case CIN_CENSUS -> {
                    CinCensus census = CinCensusReader.read(file);
                    yield ExtractMerger.Source.of(name, census.header().year(), census.extract());
                }
            });
        }
        return ExtractMerger.importSources(request.out(), sources);
    }
}
