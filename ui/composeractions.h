#pragma once

#include <QCoreApplication>
#include <QList>

class BodyEditor;
class QAction;
class QMainWindow;
class QMenu;

// The composer's commands as actions, with their icons, shortcuts and tooltips, placed in the window's menu
// bar (Message, Format with the text editor's own actions, Tools) and toolbar. The window connects each to
// what it does; a new command is one more action here.
class ComposerActions
{
    Q_DECLARE_TR_FUNCTIONS(ComposerActions)

public:
    ComposerActions(QMainWindow *window, BodyEditor *body);

    // Only while the message is being written (not while it is sent or has failed).
    QList<QAction *> editingActions() const;

    QAction *send;
    QAction *saveDraft;
    QAction *attach;
    QAction *richText;
    QAction *discard;
    QAction *newMessage;
    QAction *close;
    QAction *quit;
    QAction *accounts;
    QAction *testAccount;
    QAction *mailbox;
    QAction *protocolLog;
    QMenu *messageMenu = nullptr;

private:
    void addMenus(QMainWindow *window, BodyEditor *body);
    void addToolBar(QMainWindow *window);
};
