package org.rightbalance.analysis;

import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.Formula;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads just the columns an analysis uses, each as the kind it must be. */
final class TableLoader {

    private TableLoader() {
    }

    static Table forModel(Path file, Formula formula, String weightsColumn, String clusterColumn) {
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        wanted.put(formula.response(), ColumnKind.NUMERIC);
        for (Formula.Term term : formula.terms()) {
            wanted.putIfAbsent(term.column(), ColumnKind.AUTO);
        }
        if (weightsColumn != null) {
            wanted.put(weightsColumn, ColumnKind.NUMERIC);
        }
        if (clusterColumn != null) {
            wanted.putIfAbsent(clusterColumn, ColumnKind.CATEGORICAL);
        }
        return CsvTableReader.read(file, wanted);
    }
}
