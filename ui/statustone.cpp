#include "statustone.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace {

QColor tint(StatusTone::Tone tone)
{
    switch (tone) {
    case StatusTone::Tone::Success:
        return { 46, 160, 67 };
    case StatusTone::Tone::Warning:
        return { 230, 180, 0 };
    case StatusTone::Tone::Failure:
        return { 215, 58, 73 };
    case StatusTone::Tone::Information:
        break;
    }
    return { 50, 120, 220 };
}

QColor mix(const QColor &base, const QColor &tint, float amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

} // namespace

StatusTone::StatusTone(QWidget *panel) : QObject(panel), m_panel(panel)
{
    setObjectName(QStringLiteral("statusTone"));
    panel->installEventFilter(this);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Window);
    panel->setForegroundRole(QPalette::WindowText);
}

void StatusTone::apply(QWidget *panel, Tone tone)
{
    auto *self = panel->findChild<StatusTone *>(QStringLiteral("statusTone"), Qt::FindDirectChildrenOnly);
    if (!self) {
        self = new StatusTone(panel);
    }
    self->m_tone = tone;
    self->paint();
}

void StatusTone::paint()
{
    // From the application's palette, not the panel's own: a tint of a tint would darken each time.
    const QPalette app = QApplication::palette(m_panel);
    QPalette p = m_panel->palette();
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, mix(app.color(group, QPalette::Window), tint(m_tone), 0.2F));
        p.setColor(group, QPalette::WindowText, app.color(group, QPalette::WindowText));
    }
    m_panel->setPalette(p);
}

bool StatusTone::eventFilter(QObject *watched, QEvent *event)
{
    // A dark theme switched on while the panel is shown.
    if (watched == m_panel && event->type() == QEvent::ApplicationPaletteChange) {
        paint();
    }
    return QObject::eventFilter(watched, event);
}
