#pragma once

#include "metrics/kpi.h"

#include <QFrame>

class QLabel;

namespace Peere::Ui {

// One KPI target on the dashboard: its title, the figure behind it, the target and its status
// in words, framed in the status colour (green, amber, red; neutral before anything is measured).
// The words carry the status too, so nothing depends on seeing the colour.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(Kpi kpi, QWidget *parent = nullptr);
    void setValue(const KpiValue &value);
    KpiValue value() const { return m_value; }
    QString figureText() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    KpiValue m_value;
    QLabel *m_title = nullptr;
    QLabel *m_figure = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Peere::Ui
