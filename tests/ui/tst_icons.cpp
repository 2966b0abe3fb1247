#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QTest>

// The hand-drawn icons: each one loads, is drawn at the device pixel ratio asked for (sharp on HiDPI), and
// in the palette's text colour, so a dark theme gets light icons.
class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyIconDraws_data();
    void everyIconDraws();
    void followsThePalette();
    void appIcon();
};

void TestIcons::everyIconDraws_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(":/epistle/icons")).entryList({ QStringLiteral("*.svg") });
    QVERIFY(files.size() >= 30);
    for (const QString &f : files) {
        QTest::newRow(qPrintable(f)) << QString(f).remove(QStringLiteral(".svg"));
    }
}

void TestIcons::everyIconDraws()
{
    QFETCH(QString, name);
    const QIcon icon = Icons::icon(name);
    QVERIFY(!icon.isNull());
    for (qreal ratio : { 1.0, 2.0 }) {
        const QPixmap p = icon.pixmap(QSize(24, 24), ratio);
        QCOMPARE(p.size(), QSize(24, 24) * ratio);
        QCOMPARE(p.devicePixelRatio(), ratio);
        const QImage image = p.toImage();
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x) {
                drawn = qAlpha(image.pixel(x, y)) > 128;
            }
        }
        QVERIFY2(drawn, "nothing was drawn");
    }
}

void TestIcons::followsThePalette()
{
    const QPalette original = QApplication::palette();
    for (const QColor &text : { QColor(Qt::black), QColor(0xee, 0xee, 0xee), QColor(0xc0, 0x10, 0x10) }) {
        QPalette p = original;
        p.setColor(QPalette::WindowText, text);
        QApplication::setPalette(p);
        const QImage image = Icons::icon(QStringLiteral("add")).pixmap(QSize(32, 32)).toImage();
        // The centre of the plus sign is solid stroke.
        const QColor centre = image.pixelColor(16, 16);
        QCOMPARE(centre.alpha(), 255);
        QVERIFY2(qAbs(centre.red() - text.red()) < 8 && qAbs(centre.green() - text.green()) < 8
                && qAbs(centre.blue() - text.blue()) < 8,
            qPrintable(centre.name()));
    }
    QApplication::setPalette(original);
}

void TestIcons::appIcon()
{
    const QPixmap p = Icons::appIcon().pixmap(QSize(128, 128));
    QCOMPARE(p.size(), QSize(128, 128));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
