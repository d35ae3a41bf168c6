package io.github.privacyflow.maven;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.datamap.DataMapMerger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the results of a reactor's modules. A flow through a shared module can be found from
 * several modules that depend on it; such findings are the same finding and are kept once, and
 * so are suppressed ones.
 */
final class ResultMerger {

    private ResultMerger() {
    }

    static AnalysisResult merge(List<AnalysisResult> results) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        Map<String, Finding> suppressed = new LinkedHashMap<>();
        int classes = 0;
        List<DataMap> dataMaps = new ArrayList<>();
        for (AnalysisResult result : results) {
            for (Finding finding : result.findings()) {
                unique.putIfAbsent(key(finding), finding);
            }
            for (Finding finding : result.suppressedFindings()) {
                suppressed.putIfAbsent(key(finding), finding);
            }
            classes += result.classesAnalysed();
            if (result.dataMap() != null) {
                dataMaps.add(result.dataMap());
            }
        }
        DataMap dataMap = dataMaps.isEmpty() ? null : DataMapMerger.merge(dataMaps);
        return new AnalysisResult(sorted(unique), sorted(suppressed), results.get(0).policy(), classes, dataMap);
    }

    private static String key(Finding finding) {
        return finding.ruleId() + "|" + finding.file() + "|" + finding.location().line() + "|"
                + finding.location().column() + "|" + finding.message();
    }

    private static List<Finding> sorted(Map<String, Finding> findings) {
        List<Finding> list = new ArrayList<>(findings.values());
        list.sort(Finding.ORDER);
        return list;
    }
}
