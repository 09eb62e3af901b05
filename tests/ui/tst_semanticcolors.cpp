// The semantic colours read on light and dark palettes alike (WCAG AA contrast, 4.5:1), and the
// neutral one is the palette's own.
#include "semanticcolors.h"

#include <QLabel>
#include <QTest>

#include <cmath>

using namespace Peere::Ui;

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWithWindow(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    return palette;
}

} // namespace

class tst_SemanticColors : public QObject
{
    Q_OBJECT

private slots:
    void readable_data();
    void readable();
    void neutralIsThePalettes();
    void foregroundFollowsAndResets();
};

void tst_SemanticColors::readable_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<bool>("dark");
    // Fusion's light and dark windows, Breeze's, Windows' white and a near-black.
    QTest::newRow("fusion light") << QColor(0xef, 0xef, 0xef) << false;
    QTest::newRow("white") << QColor(Qt::white) << false;
    QTest::newRow("breeze light") << QColor(0xef, 0xf0, 0xf1) << false;
    QTest::newRow("fusion dark") << QColor(0x35, 0x35, 0x35) << true;
    QTest::newRow("breeze dark") << QColor(0x20, 0x23, 0x26) << true;
    QTest::newRow("black") << QColor(0x12, 0x12, 0x12) << true;
}

void tst_SemanticColors::readable()
{
    QFETCH(QColor, window);
    QFETCH(bool, dark);
    const QPalette palette = paletteWithWindow(window, dark ? Qt::white : Qt::black);
    QCOMPARE(isDarkPalette(palette), dark);
    for (Semantic meaning : {Semantic::Ok, Semantic::Warning, Semantic::Error}) {
        const QColor colour = semanticColor(meaning, palette);
        const double ratio = contrast(colour, window);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                .arg(colour.name(), window.name())
                                .arg(ratio, 0, 'f', 2)));
    }
    // The three meanings are told apart from each other.
    QVERIFY(semanticColor(Semantic::Ok, palette) != semanticColor(Semantic::Warning, palette));
    QVERIFY(semanticColor(Semantic::Warning, palette) != semanticColor(Semantic::Error, palette));
}

void tst_SemanticColors::neutralIsThePalettes()
{
    const QPalette palette = paletteWithWindow(QColor(0x20, 0x23, 0x26), QColor(0xfc, 0xfc, 0xfc));
    QCOMPARE(semanticColor(Semantic::Neutral, palette), QColor(0xfc, 0xfc, 0xfc));
}

void tst_SemanticColors::foregroundFollowsAndResets()
{
    QWidget parent;
    parent.setPalette(paletteWithWindow(QColor(0x35, 0x35, 0x35), Qt::white));
    auto label = new QLabel(&parent);
    setSemanticForeground(label, Semantic::Error);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             semanticColor(Semantic::Error, parent.palette()));
    setSemanticForeground(label, Semantic::Neutral);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::white));
    // Back to inheriting: a later switch to a light palette reaches the label.
    parent.setPalette(paletteWithWindow(QColor(0xef, 0xef, 0xef), Qt::black));
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::black));
}

QTEST_MAIN(tst_SemanticColors)
#include "tst_semanticcolors.moc"
