#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

// Paints one SVG with "currentColor" replaced by the palette colour for the icon's mode.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    PaletteSvgIconEngine(const QString &name, bool recolour) : m_name(name), m_recolour(recolour)
    {
        QFile file(QStringLiteral(":/epistle/icons/%1.svg").arg(name));
        if (file.open(QIODevice::ReadOnly)) {
            m_svg = file.readAll();
        }
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        Q_UNUSED(state)
        // Qt 6.4's QIcon::pixmap() passes the size already in device pixels, with the scale beside it.
        const QSize device = size;
        const QByteArray svg = coloured(mode);
        const QString key
            = QStringLiteral("%1x%2/%3").arg(device.width()).arg(device.height()).arg(colour(mode).name());
        if (m_cache.contains(key)) {
            return m_cache.value(key);
        }
        QPixmap pixmap(device);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer renderer(svg);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
        }
        pixmap.setDevicePixelRatio(scale);
        if (m_cache.size() > 32) {
            m_cache.clear();
        }
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteSvgIconEngine(m_name, m_recolour); }
    QString key() const override { return QStringLiteral("PaletteSvgIconEngine"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QColor colour(QIcon::Mode mode) const
    {
        if (!m_recolour) {
            return {};
        }
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        default:
            return palette.color(QPalette::Active, QPalette::WindowText);
        }
    }

    QByteArray coloured(QIcon::Mode mode) const
    {
        if (!m_recolour) {
            return m_svg;
        }
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour(mode).name(QColor::HexRgb).toLatin1());
        return svg;
    }

    QString m_name;
    bool m_recolour = true;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

namespace Icons {

QIcon icon(const QString &name)
{
    return QIcon(new PaletteSvgIconEngine(name, true));
}

QIcon appIcon()
{
    return QIcon(new PaletteSvgIconEngine(QStringLiteral("epistle"), false));
}

} // namespace Icons
