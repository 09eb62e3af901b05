#include "application.h"

#include "common/version.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
std::unique_ptr<QTranslator> s_appTranslator;
std::unique_ptr<QTranslator> s_qtTranslator;
} // namespace

void setUpApplication(QApplication &app)
{
    QApplication::setApplicationName(u"peere-console"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("Peere::Ui", "Peere Migration Console"));
    QApplication::setApplicationVersion(Peere::version());
    QApplication::setOrganizationName(Peere::organizationName());
    QApplication::setDesktopFileName(u"peere-console"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/peere.svg"_s));
    Q_UNUSED(app);
}

bool installTranslations(const QLocale &locale)
{
    for (auto *translator : {&s_appTranslator, &s_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, u"peere-console"_s, u"_"_s, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(app.get());
    s_appTranslator = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qtTranslator = std::move(qt);
    }
    return true;
}

} // namespace Peere::Ui
