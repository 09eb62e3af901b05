#pragma once

#include "api/environment.h"

#include <QWidget>

class QLabel;

namespace Peere::Ui {

// The status bar's right side: the environment (live in the warning colour) and the state of the
// connection to it.
class EnvironmentStatus : public QWidget
{
    Q_OBJECT

public:
    enum class Connection { Unknown, NoKey, Checking, Connected, Failed };

    explicit EnvironmentStatus(QWidget *parent = nullptr);

    void setEnvironment(Environment::Kind kind, const QUrl &baseUrl = {});
    void clearEnvironment();
    void setConnection(Connection state, const QString &detail = {});

    std::optional<Environment::Kind> environment() const { return m_kind; }
    Connection connection() const { return m_connection; }
    QString environmentText() const;
    QString connectionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_environment;
    QLabel *m_connectionLabel;
    std::optional<Environment::Kind> m_kind;
    QUrl m_baseUrl;
    Connection m_connection = Connection::Unknown;
    QString m_detail;
};

} // namespace Peere::Ui
