#pragma once

#include "common/result.h"
#include "metrics/metricssnapshot.h"

namespace Peere::Report {

// The manager report: a PDF with the migration's summary, each phase with its KPIs against the
// targets and its gate decision (who, when), the charts (drawn with QPainter) and the failures by
// cause. Real text throughout. Needs a QGuiApplication (fonts), not widgets: the console and
// `peere-migrate report` (offscreen platform) both use it.
class ReportWriter
{
public:
    // Writes the PDF to `path` (through a temporary file, replaced only when complete) and
    // returns the number of pages.
    static Result<int> writePdf(const MetricsSnapshot &snapshot, const QString &path);
};

} // namespace Peere::Report
