package org.rightbalance.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything the database holds about one child, found GENERICALLY from the database's own
 * description of itself (JDBC {@link DatabaseMetaData}), so that tables added by later features are
 * included without changing this class:
 * <ul>
 *   <li>the child's row in {@code child} and the family's row in {@code family};</li>
 *   <li>every table with a {@code child_id} column (rows of the child), a {@code case_id} column
 *       (rows of the child's programme cases) or a {@code family_id} column (rows of the child's family);</li>
 *   <li>then, repeatedly, every table with a foreign key to a row already found (e.g. a conference's
 *       attendees, a mentoring relationship's sessions).</li>
 * </ul>
 * The audit trail and Flyway's history are left out: who has accessed the record is reported separately.
 */
@Component
public class PersonalDataTables {

    /** Tables never part of a child's record. */
    static final Set<String> EXCLUDED = Set.of("audit_event", "flyway_schema_history");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int MAX_ROUNDS = 6;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public PersonalDataTables(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A table as the discovery sees it. */
    record Table(String name, List<String> columns, Optional<String> primaryKey, List<ForeignKey> foreignKeys) {
        boolean has(String column) {
            return columns.contains(column);
        }
    }

    /** {@code column} of the table refers to {@code referencedTable.referencedColumn}. */
    record ForeignKey(String column, String referencedTable, String referencedColumn) {
    }

    /** The tables of the application's schema, by name, read from the database's metadata. */
    Map<String, Table> tables() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            Map<String, Table> tables = new TreeMap<>();
            for (String raw : names) {
                String name = raw.toLowerCase(Locale.ROOT);
                if (!NAME.matcher(name).matches() || EXCLUDED.contains(name)) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(catalog, schema, raw, "%")) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                List<String> keyColumns = new ArrayList<>();
                try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, raw)) {
                    while (rs.next()) {
                        keyColumns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                List<ForeignKey> foreignKeys = new ArrayList<>();
                try (ResultSet rs = meta.getImportedKeys(catalog, schema, raw)) {
                    while (rs.next()) {
                        foreignKeys.add(new ForeignKey(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                    }
                }
                if (columns.stream().allMatch(c -> NAME.matcher(c).matches())) {
                    tables.put(name, new Table(name, List.copyOf(columns),
                            keyColumns.size() == 1 ? Optional.of(keyColumns.get(0)) : Optional.empty(), List.copyOf(foreignKeys)));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's metadata", e);
        }
    }

    /** The names of the tables that can hold a child's personal data (directly or through a foreign key). */
    public Set<String> discover() {
        Map<String, Table> tables = tables();
        Set<String> found = new LinkedHashSet<>();
        for (Table t : tables.values()) {
            if (t.name().equals("child") || t.name().equals("family") || t.has("child_id") || t.has("case_id") || t.has("family_id")) {
                found.add(t.name());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table t : tables.values()) {
                if (!found.contains(t.name()) && t.foreignKeys().stream().anyMatch(fk -> found.contains(fk.referencedTable()))) {
                    found.add(t.name());
                    grew = true;
                }
            }
        }
        return found;
    }

    /**
     * Every row about the child, by table (tables in name order, the child's own table first); only
     * tables with at least one row appear.
     */
    public Map<String, List<Map<String, Object>>> rowsAbout(long childId) {
        Map<String, Map<Object, Map<String, Object>>> found = collect(childId, tables(), true);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
        result.put("child", List.copyOf(found.get("child").values()));
        found.entrySet().stream().filter(e -> !e.getKey().equals("child") && !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.put(e.getKey(), List.copyOf(e.getValue().values())));
        return result;
    }

    /**
     * Deletes every row about the child found as {@link #rowsAbout} finds them, in an order that
     * respects foreign keys (rows that refer to others first). The family's rows go too unless a
     * brother or sister is still on record. The audit trail is never touched. Run it inside a
     * transaction: if anything fails, nothing is deleted.
     *
     * @return the number of rows deleted per table
     */
    public Map<String, Integer> deleteAbout(long childId) {
        Map<String, Table> tables = tables();
        Long familyId = jdbc.sql("select family_id from child where id = ?").param(childId).query(Long.class).optional().orElse(null);
        boolean familyShared = familyId != null && jdbc.sql("select count(*) from child where family_id = ? and id <> ?")
                .params(familyId, childId).query(Long.class).single() > 0;
        Map<String, Map<Object, Map<String, Object>>> found = collect(childId, tables, !familyShared);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        List<String> remaining = new ArrayList<>(found.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(t -> remaining.stream().filter(o -> !o.equals(t))
                            .noneMatch(o -> tables.get(o).foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(t))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + remaining));
            remaining.remove(next);
            if (EXCLUDED.contains(next)) {
                continue;
            }
            Table table = tables.get(next);
            int count = 0;
            for (Map<String, Object> row : found.get(next).values()) {
                count += deleteRow(table, row);
            }
            deleted.put(next, count);
        }
        return deleted;
    }

    private int deleteRow(Table table, Map<String, Object> row) {
        if (table.primaryKey().isPresent()) {
            return jdbc.sql("delete from " + table.name() + " where " + table.primaryKey().get() + " = ?")
                    .param(row.get(table.primaryKey().get())).update();
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        row.forEach((column, value) -> {
            if (value == null) {
                conditions.add(column + " is null");
            } else if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                conditions.add(column + " = cast(? as date)");
                params.add(text);
            } else if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                // A timestamp, written as text: the other columns identify the row.
                return;
            } else {
                conditions.add(column + " = ?");
                params.add(value);
            }
        });
        return jdbc.sql("delete from " + table.name() + " where " + String.join(" and ", conditions)).params(params).update();
    }

    /** The rows about the child, by table and primary key; empty if there is no such child. */
    private Map<String, Map<Object, Map<String, Object>>> collect(long childId, Map<String, Table> tables, boolean withFamily) {
        Map<String, Map<Object, Map<String, Object>>> found = new LinkedHashMap<>();
        List<Map<String, Object>> childRows = select("select * from child where id = ?", List.of(childId));
        if (childRows.isEmpty()) {
            return found;
        }
        add(found, tables.get("child"), childRows);
        Object familyId = withFamily ? childRows.get(0).get("family_id") : null;
        List<Object> caseIds = List.copyOf(jdbc.sql("select id from programme_case where child_id = ?").param(childId)
                .query(Long.class).list());
        if (familyId != null && tables.containsKey("family")) {
            add(found, tables.get("family"), select("select * from family where id = ?", List.of(familyId)));
        }
        for (Table t : tables.values()) {
            if (t.name().equals("child") || t.name().equals("family")) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (t.has("child_id")) {
                conditions.add("child_id = ?");
                params.add(childId);
            }
            if (t.has("case_id") && !caseIds.isEmpty()) {
                conditions.add("case_id in (" + placeholders(caseIds.size()) + ")");
                params.addAll(caseIds);
            }
            if (t.has("family_id") && familyId != null) {
                conditions.add("family_id = ?");
                params.add(familyId);
            }
            if (!conditions.isEmpty()) {
                add(found, t, select("select * from " + t.name() + " where " + String.join(" or ", conditions), params));
            }
        }
        // Rows that refer, through a foreign key, to a row already found.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean grew = false;
            for (Table t : tables.values()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    Table parent = tables.get(fk.referencedTable());
                    if (parent == null || t.name().equals("child") || t.name().equals("family")
                            || !found.containsKey(parent.name()) || !NAME.matcher(fk.column()).matches()) {
                        continue;
                    }
                    List<Object> keys = found.get(parent.name()).values().stream().map(r -> r.get(fk.referencedColumn()))
                            .filter(java.util.Objects::nonNull).distinct().collect(Collectors.toList());
                    if (keys.isEmpty()) {
                        continue;
                    }
                    int before = found.getOrDefault(t.name(), Map.of()).size();
                    add(found, t, select("select * from " + t.name() + " where " + fk.column() + " in ("
                            + placeholders(keys.size()) + ")", keys));
                    grew |= found.getOrDefault(t.name(), Map.of()).size() > before;
                }
            }
            if (!grew) {
                break;
            }
        }
        found.values().removeIf(Map::isEmpty);
        return found;
    }

    private static void add(Map<String, Map<Object, Map<String, Object>>> found, Table table, Collection<Map<String, Object>> rows) {
        if (table == null) {
            return;
        }
        Map<Object, Map<String, Object>> byKey = found.computeIfAbsent(table.name(), k -> new LinkedHashMap<>());
        for (Map<String, Object> row : rows) {
            Object key = table.primaryKey().map(row::get).orElse(row.toString());
            byKey.putIfAbsent(key == null ? row.toString() : key, row);
        }
    }

    private List<Map<String, Object>> select(String sql, List<Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), plain(rs.getObject(i)));
        }
        return row;
    }

    /** A column value as JSON can carry it: numbers, booleans and text as they are, the rest as text. */
    static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return "(binary, " + bytes.length + " bytes)";
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                return "(text that could not be read)";
            }
        }
        return value.toString();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
