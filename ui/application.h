#pragma once

#include <QLocale>

class QApplication;

namespace Peere::Ui {

// Application-wide setup shared by peere-console and the widget tests: names, icon, and the
// translation for a locale (the system's by default).
void setUpApplication(QApplication &app);

// Installs the console's translation (and Qt's own, when present) for `locale`, replacing any
// installed before. Returns false when there is no translation for it (English is then shown).
bool installTranslations(const QLocale &locale);

} // namespace Peere::Ui
