#pragma once

#include <QWidget>

#include <functional>

class AppContext;
class OutboxItem;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

// The messages that are not in a composer: drafts (open, delete), the outbox (retry now, send from another
// account, mark as sent, remove — with each message's state and last error) and sent messages with their
// delivery report (open one as it went, show its folder, delete it), all over the store's live models; a
// right click on a list offers what its buttons do.
class MailboxWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Drafts, Outbox, Sent };

    explicit MailboxWindow(AppContext *context, QWidget *parent = nullptr);

    void showPage(Page page);
    QTreeView *draftsView() const { return m_drafts; }
    QTreeView *outboxView() const { return m_outbox; }
    QTreeView *sentView() const { return m_sent; }
    QTextBrowser *reportView() const { return m_report; }

    void openSelectedDraft();
    void deleteSelectedDraft();
    void retrySelected();
    // Sends the selected message from this account from now on (its own may have been removed).
    void sendSelectedFrom(const QString &accountId);
    void markSelectedSent();
    void removeSelectedFromOutbox();
    // The selected sent message as it went, in the desktop's program for .eml files; its folder; deleting it.
    void openSelectedSent();
    void showSelectedSentFolder();
    void deleteSelectedSent();
    void saveSelectedCopy();
    // The delivery report of the selected sent message, as shown (HTML).
    QString deliveryReportHtml() const;

Q_SIGNALS:
    void openDraftRequested(const QString &id);
    void transcriptRequested();

private:
    void updateOutboxButtons();
    void updateDraftButtons();
    void fillSendFromMenu();
    // Asks first when sending again may deliver twice (MayHaveBeenSent); runs 'go' on yes.
    void confirmResend(const OutboxItem &item, const std::function<void()> &go);
    void updateSentReport();
    QWidget *makeSentPage();
    QString selectedId(QTreeView *view) const;

    AppContext *m_context;
    QTabWidget *m_tabs;
    QTreeView *m_drafts;
    QTreeView *m_outbox;
    QTreeView *m_sent;
    QLabel *m_outboxDetail;
    QTextBrowser *m_report;
    QPushButton *m_open, *m_delete, *m_retry, *m_sendFrom, *m_markSent, *m_remove;
    QPushButton *m_openSent, *m_sentFolder, *m_saveCopy, *m_deleteSent;
    QLabel *m_draftsEmpty = nullptr;
};
