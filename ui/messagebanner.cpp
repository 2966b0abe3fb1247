#include "messagebanner.h"

#include "icons.h"
#include "statustone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setIcon(Icons::icon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    StatusTone::apply(this,
        kind == Kind::Error         ? StatusTone::Tone::Failure
            : kind == Kind::Warning ? StatusTone::Tone::Warning
                                    : StatusTone::Tone::Information);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        Icons::icon(kind == Kind::Information ? QStringLiteral("info") : QStringLiteral("warning"))
            .pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error")
            : kind == Kind::Warning       ? tr("Warning")
                                          : tr("Information"));
    setAccessibleDescription(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    show();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBanner::text() const
{
    return m_text->text();
}
