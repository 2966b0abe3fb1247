#include "undosendmenu.h"

#include "undosendsetting.h"

#include <QActionGroup>

UndoSendMenu::UndoSendMenu(UndoSendSetting *setting, QWidget *parent)
    : QMenu(tr("&Undo send"), parent), m_setting(setting)
{
    setObjectName(QStringLiteral("undoSendMenu"));
    auto *group = new QActionGroup(this);
    for (const int seconds : UndoSendSetting::choices()) {
        QAction *a = addAction(
            seconds == 0 ? tr("&Off: send at once") : tr("Wait %n second(s) before sending", "", seconds));
        a->setCheckable(true);
        a->setData(seconds);
        a->setObjectName(QStringLiteral("undoSend%1").arg(seconds));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { m_setting->setSeconds(seconds); });
    }
    connect(this, &QMenu::aboutToShow, this, &UndoSendMenu::refresh);
    refresh();
}

void UndoSendMenu::refresh()
{
    const int current = m_setting->seconds();
    for (QAction *a : actions()) {
        a->setChecked(a->data().toInt() == current);
    }
}
