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
 * several modules that depend on it; such findings are the same finding and are kept once.
 */
final class ResultMerger {

    private ResultMerger() {
    }

    static AnalysisResult merge(List<AnalysisResult> results) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        int suppressed = 0;
        int classes = 0;
        List<DataMap> dataMaps = new ArrayList<>();
        for (AnalysisResult result : results) {
            for (Finding finding : result.findings()) {
                String key = finding.ruleId() + "|" + finding.file() + "|" + finding.location().line() + "|"
                        + finding.location().column() + "|" + finding.message();
                unique.putIfAbsent(key, finding);
            }
            suppressed += result.suppressed();
            classes += result.classesAnalysed();
            if (result.dataMap() != null) {
                dataMaps.add(result.dataMap());
            }
        }
        List<Finding> findings = new ArrayList<>(unique.values());
        findings.sort(Finding.ORDER);
        DataMap dataMap = dataMaps.isEmpty() ? null : DataMapMerger.merge(dataMaps);
        return new AnalysisResult(findings, suppressed, results.get(0).policy(), classes, dataMap);
    }
}
