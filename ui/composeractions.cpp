#include "composeractions.h"

#include "bodyeditor.h"
#include "icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace {

QAction *makeAction(QMainWindow *window, const QString &icon, const QString &text, const QString &name,
    const QList<QKeySequence> &keys = {})
{
    auto *a = new QAction(icon.isEmpty() ? QIcon() : Icons::icon(icon), text, window);
    a->setObjectName(name);
    a->setShortcuts(keys);
    if (!keys.isEmpty()) {
        a->setToolTip(QCoreApplication::translate("ComposerActions", "%1 (%2)")
                          .arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                              keys.first().toString(QKeySequence::NativeText)));
    }
    // On the window, so the shortcuts work wherever the focus is in it.
    window->addAction(a);
    return a;
}

} // namespace

ComposerActions::ComposerActions(QMainWindow *window, BodyEditor *body)
    : send(makeAction(window, QStringLiteral("send"), tr("&Send"), QStringLiteral("send"),
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }))
    , saveDraft(makeAction(window, QStringLiteral("save"), tr("Save &draft"), QStringLiteral("saveDraft"),
          { QKeySequence::Save }))
    , attach(makeAction(window, QStringLiteral("attach"), tr("&Attach files…"), QStringLiteral("attach"),
          { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) }))
    , richText(makeAction(
          window, QStringLiteral("rich-text"), tr("&Rich text (HTML)"), QStringLiteral("richText")))
    , discard(makeAction(window, QStringLiteral("remove"), tr("Discard draft…"), QStringLiteral("discard")))
    , newMessage(makeAction(window, QStringLiteral("new-message"), tr("&New message"),
          QStringLiteral("newMessage"), { QKeySequence::New }))
    , close(makeAction(window, QString(), tr("&Close"), QStringLiteral("close"), { QKeySequence::Close }))
    , quit(makeAction(window, QString(), tr("&Quit"), QStringLiteral("quit"), { QKeySequence::Quit }))
    , accounts(makeAction(window, QStringLiteral("accounts"), tr("&Accounts…"), QStringLiteral("accounts")))
    , testAccount(makeAction(window, QStringLiteral("server-test"), tr("&Test account settings…"),
          QStringLiteral("testAccount")))
    , mailbox(makeAction(window, QStringLiteral("outbox"), tr("&Outbox, drafts and sent…"),
          QStringLiteral("mailbox"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }))
    , protocolLog(makeAction(window, QStringLiteral("log"), tr("&Protocol log…"),
          QStringLiteral("protocolLog"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) }))
{
    send->setPriority(QAction::HighPriority);
    richText->setCheckable(true);
    richText->setToolTip(
        tr("Rich text: formatting, links and images; the plain-text version is made for you"));
    addMenus(window, body);
    addToolBar(window);
}

QList<QAction *> ComposerActions::editingActions() const
{
    return { send, saveDraft, attach, richText, discard };
}

void ComposerActions::addMenus(QMainWindow *window, BodyEditor *body)
{
    QMenu *file = window->menuBar()->addMenu(tr("&Message"));
    messageMenu = file;
    file->addActions({ newMessage, send, saveDraft, attach });
    file->addSeparator();
    file->addActions({ discard, close, quit });
    QMenu *format = window->menuBar()->addMenu(tr("F&ormat"));
    format->addAction(richText);
    format->addSeparator();
    format->addActions(
        { body->boldAction(), body->italicAction(), body->underlineAction(), body->bulletListAction(),
            body->numberedListAction(), body->quoteAction(), body->linkAction(), body->imageAction() });
    QMenu *tools = window->menuBar()->addMenu(tr("&Tools"));
    tools->addActions({ accounts, testAccount, mailbox, protocolLog });
}

void ComposerActions::addToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Message"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({ send, saveDraft, attach });
    bar->addSeparator();
    bar->addAction(richText);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addActions({ mailbox, accounts });
}
