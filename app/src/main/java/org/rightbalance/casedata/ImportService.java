package org.rightbalance.casedata;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.evaluation.importing.Importer;
import org.rightbalance.evaluation.importing.cin.CinCensusException;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An administrator's import of a council's Standard Safeguarding Dataset extract, uploaded as a zip of
 * its CSV files, into the application's database ({@link SsdDatabaseImport}: all or nothing, idempotent).
 */
@Service
public class ImportService {

    /** Most files a zip may hold, and most bytes it may unpack to: a guard against zip bombs. */
    static final int MAX_ENTRIES = 50;
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;

    private final CaseAccess access;
    private final SsdDatabaseImport importer;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final StaffRepository staff;

    public ImportService(CaseAccess access, SsdDatabaseImport importer, AuditTrail audit, JdbcClient jdbc,
                         StaffRepository staff) {
        this.access = access;
        this.importer = importer;
        this.audit = audit;
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * What an import did: either the rows written, or the problems found (and nothing written).
     *
     * @param problemCount every problem found, of which {@code findings} lists the first (up to 1,000)
     */
    public record Report(Optional<SsdDatabaseImport.Result> result, long problemCount, List<Finding> findings,
                         String summary) {

        public boolean imported() {
            return result.isPresent();
        }
    }

    /** The teams an import can put programme cases in: id to name. */
    public Map<String, String> teams(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "import page");
        Map<String, String> teams = new LinkedHashMap<>();
        jdbc.sql("select id, name from team order by name").query((rs, n) -> teams.put(Long.toString(rs.getLong(1)),
                rs.getString(2))).list();
        return teams;
    }

    /**
     * Unpacks the zip and imports the SSD extract in it.
     *
     * @param teamId the team that holds the programme cases of the extract's participating children
     * @throws InvalidRequestException if the upload is not a usable zip (field {@code file}) or the team is unknown
     */
    public Report importZip(StaffMember actor, InputStream zip, long teamId) {
        return importUpload(actor, Importer.Format.SSD, zip, teamId);
    }

    /**
     * Imports an upload in one of the council's formats: an SSD extract (a zip of its CSV files), a
     * CIN census XML file, or an SSDA903 return (its XML file, or a zip of its CSV tables). Every upload
     * is first written as SSD tables by the same {@link Importer} as the command line's {@code import}
     * (a DfE return converted with every DfE rule checked, an SSD extract checked and rewritten); then
     * that folder is loaded into the database, all or nothing.
     *
     * @throws InvalidRequestException if the upload is not usable (field {@code file}) or the team is unknown
     */
    public Report importUpload(StaffMember actor, Importer.Format format, InputStream upload, long teamId) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "import of an extract");
        boolean teamExists = jdbc.sql("select count(*) from team where id = ?").param(teamId).query(Long.class).single() > 0;
        if (!teamExists) {
            throw new InvalidRequestException("teamId", "Choose the team that will hold the programme cases");
        }
        return inWorkFolder(folder -> {
            Path source = saveUpload(format, upload, folder.resolve("upload"));
            // the page shows the messages: they name the upload, not the server's temporary folder
            Map<String, String> names = new LinkedHashMap<>();
            names.put(source.toString(), "the uploaded file");
            names.put(folder.toString(), "the upload");
            return load(actor, format, List.of(source), folder, teamId, names);
        });
    }

    /**
     * Imports files on the server's own disk, as {@link #importUpload} does an upload: the command line's {@code
     * import --into-app}, for returns too large to send through a browser (a national census file). The account named
     * must be an administrator's; the import is audited under it.
     *
     * @param username the administrator's account
     * @param files    the files (an SSD extract or SSDA903 return in CSV: its folder)
     * @param teamName the team that holds the programme cases of the participating children
     * @throws InvalidRequestException if there is no such account or team
     */
    public Report importFiles(String username, Importer.Format format, List<Path> files, String teamName) {
        StaffMember actor = staff.findByUsername(username).orElseThrow(() -> new InvalidRequestException("as",
                "There is no account '" + username + "'. Name an administrator's account."));
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "import of an extract");
        Long teamId = jdbc.sql("select id from team where name = ?").param(teamName).query(Long.class).optional()
                .orElseThrow(() -> new InvalidRequestException("team", "There is no team '" + teamName + "'. Teams: "
                        + String.join(", ", jdbc.sql("select name from team order by name").query(String.class).list())
                        + "."));
        return inWorkFolder(folder -> load(actor, format, files, folder, teamId,
                Map.of(folder.toString(), "the import's work folder")));
    }

    /** Work that needs a temporary folder, which is deleted afterwards whatever happens. */
    @FunctionalInterface
    private interface InWorkFolder {
        Report run(Path folder) throws IOException;
    }

    private static Report inWorkFolder(InWorkFolder work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rightbalance-import");
            return work.run(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                FileTrees.deleteQuietly(folder);
            }
        }
    }

    /**
     * Writes the sources as SSD tables with the same {@link Importer} as the command line's {@code import} (a DfE
     * return converted with every DfE rule checked, an SSD extract checked and rewritten), then loads that folder into
     * the database, all or nothing. {@code names} replaces paths in the messages the person reads.
     */
    private Report load(StaffMember actor, Importer.Format format, List<Path> sources, Path work, long teamId,
                        Map<String, String> names) {
        String what = switch (format) {
            case SSD -> "an SSD extract";
            case CIN_CENSUS -> "a CIN census file";
            case SSDA903 -> "an SSDA903 return";
        };
        try {
            Path extract = work.resolve("ssd");
            Importer.run(new Importer.Request(format, sources, extract));
            SsdDatabaseImport.Result result = importer.importFolder(extract, List.of(teamId));
            audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.CHANGE,
                    AuditOutcome.ALLOWED, null, null, null, "imported " + what + ": " + result));
            return new Report(Optional.of(result), 0, List.of(), "Imported.");
        } catch (InvalidExtractException e) {
            List<Finding> findings = e.report().findings().stream()
                    .map(f -> new Finding(rename(f.file(), names), f.line(), f.recordId(), f.column(), f.rule(),
                            rename(f.message(), names))).toList();
            return refused(actor, what, e.report().problemCount(), findings, rename(e.getMessage(), names));
        } catch (CinCensusException e) {
            List<Finding> findings = e.report().findings().stream()
                    .map(f -> new Finding(rename(f.file(), names), f.line(), f.laChildId(), f.element(), f.rule(),
                            rename(f.message(), names))).toList();
            return refused(actor, what, e.report().problemCount(), findings, rename(e.getMessage(), names));
        } catch (InvalidDataException | IllegalArgumentException e) {
            return refused(actor, what, 1, List.of(), rename(e.getMessage(), names));
        }
    }

    private Report refused(StaffMember actor, String what, long problems, List<Finding> findings, String message) {
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.CHANGE, AuditOutcome.ALLOWED,
                null, null, null, what + " refused, nothing written: " + problems + " problem(s)"));
        return new Report(Optional.empty(), problems, findings, message);
    }

    private static String rename(String text, Map<String, String> names) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Map.Entry<String, String> e : names.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Saves the upload under {@code file}: an SSD extract unpacked, a DfE return as {@link #dfeReturn} saves it. */
    private static Path saveUpload(Importer.Format format, InputStream upload, Path file) throws IOException {
        return format == Importer.Format.SSD ? unzip(upload, file) : dfeReturn(format, upload, file);
    }

    /** Saves a CIN census or SSDA903 upload under {@code file}: its XML file, or its unpacked CSV tables. */
    private static Path dfeReturn(Importer.Format format, InputStream upload, Path file) throws IOException {
        Files.createDirectories(file);
        BufferedInputStream in = new BufferedInputStream(upload);
        in.mark(4);
        byte[] magic = in.readNBytes(2);
        in.reset();
        Path source;
        if (magic.length == 2 && magic[0] == 'P' && magic[1] == 'K') {
            source = unzip(in, file.resolve("tables"), "Header.csv",
                    "An SSDA903 return in CSV needs Header.csv and Episodes.csv; a CIN census is one XML file.");
        } else {
            source = file.resolve(format == Importer.Format.CIN_CENSUS ? "cin-census.xml" : "ssda903.xml");
            Files.copy(in, source);
        }
        return source;
    }

    /** Unpacks into {@code into}; returns the folder holding ssd_person.csv (the top, or one folder down). */
    static Path unzip(InputStream in, Path into) throws IOException {
        return unzip(in, into, SsdReader.PERSON,
                "An extract needs ssd_person.csv and ssd_cin_episodes.csv.");
    }

    /** Unpacks into {@code into}; returns the folder holding {@code marker} (any case; the top, or one folder down). */
    static Path unzip(InputStream in, Path into, String marker, String whatItNeeds) throws IOException {
        int entries = 0;
        long bytes = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidRequestException("file", "The zip file holds more than " + MAX_ENTRIES
                            + " files. Zip only the extract's CSV files.");
                }
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new InvalidRequestException("file", "The zip file names a file outside its own folder ("
                            + entry.getName() + "). Zip the extract's CSV files again.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = zip.read(buffer)) > 0) {
                        bytes += n;
                        if (bytes > MAX_UNPACKED_BYTES) {
                            throw new InvalidRequestException("file", "The zip file unpacks to more than 2 GB.");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new InvalidRequestException("file", "The file is not a zip file, or it is damaged. Upload a zip of the "
                    + "extract's CSV files.");
        }
        if (entries == 0) {
            throw new InvalidRequestException("file", "The file is empty or not a zip file. Upload a zip of the extract's CSV files.");
        }
        if (holds(into, marker)) {
            return into;
        }
        try (Stream<Path> children = Files.list(into)) {
            List<Path> withMarker = children.filter(p -> Files.isDirectory(p) && holds(p, marker)).toList();
            if (withMarker.size() == 1) {
                return withMarker.get(0);
            }
        }
        throw new InvalidRequestException("file", "The zip file has no " + marker + " (at its top or in one folder). "
                + whatItNeeds);
    }

    private static boolean holds(Path folder, String fileName) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().equalsIgnoreCase(fileName));
        } catch (IOException e) {
            return false;
        }
    }
}
