#pragma once

#include <QWidget>

class AppContext;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

// The messages that are not in a composer: drafts (open, delete), the outbox (retry now, mark as sent,
// remove — with each message's state and last error) and sent messages with their delivery report, all
// over the store's live models.
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
    void markSelectedSent();
    void removeSelectedFromOutbox();
    // The delivery report of the selected sent message, as shown (HTML).
    QString deliveryReportHtml() const;

Q_SIGNALS:
    void openDraftRequested(const QString &id);
    void transcriptRequested();

private:
    void updateOutboxButtons();
    void updateSentReport();
    QString selectedId(QTreeView *view) const;

    AppContext *m_context;
    QTabWidget *m_tabs;
    QTreeView *m_drafts;
    QTreeView *m_outbox;
    QTreeView *m_sent;
    QLabel *m_outboxDetail;
    QTextBrowser *m_report;
    QPushButton *m_open, *m_delete, *m_retry, *m_markSent, *m_remove;
};
