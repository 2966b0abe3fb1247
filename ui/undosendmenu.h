#pragma once

#include <QMenu>

class UndoSendSetting;

// The composer's "Undo send" submenu: off, 5, 10, 20 or 30 seconds, the current choice checked (read each
// time the menu opens, so a choice made in another window shows).
class UndoSendMenu : public QMenu
{
    Q_OBJECT
public:
    UndoSendMenu(UndoSendSetting *setting, QWidget *parent = nullptr);

private:
    void refresh();

    UndoSendSetting *m_setting;
};
