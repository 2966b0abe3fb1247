#pragma once

#include "imapclient.h"
#include "imapsentfolder.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class ImapSessionOpener;

// How a copy is filed.
struct ImapSentCopyOptions
{
    // Look for the Sent folder (SPECIAL-USE, then a well-known name); 'folder' when none is found. Off: use
    // 'folder' as it is.
    bool discoverFolder = true;
    QString folder = QStringLiteral("Sent");
    // CREATE the folder when it does not exist (found missing, or the server answers [TRYCREATE]); with
    // CREATE-SPECIAL-USE it is marked \Sent.
    bool createFolder = true;
    // When set, the folder is searched for a message with this Message-ID first, and a copy already there is
    // not saved again: what a retry after "may have been saved" (or after a crash) needs.
    QByteArray messageId;
    QList<QByteArray> flags = { QByteArrayLiteral("\\Seen") };
    // The copy's internal date (when it was sent); invalid means now.
    QDateTime internalDate;
};

// What became of the copy.
struct ImapSentCopyResult
{
    bool ok = false;
    QString folder; // for people; empty when it failed before a folder was chosen
    quint32 uid
        = 0; // RFC 4315 APPENDUID (or the copy found by its Message-ID); 0 when the server did not say
    quint32 uidValidity = 0;
    bool alreadyThere = false; // found by its Message-ID, not saved again
    bool folderCreated = false;
    ImapError error;
};

// The one-shot "save this message in the Sent folder": connect, secure, log in, find (or make) the folder,
// APPEND the exact bytes with \Seen, LOGOUT. It reports a progress a GUI can bind to and one result;
// finished() follows start() exactly once. The copy is not the message: nothing here sends mail.
class ImapSentCopy : public QObject
{
    Q_OBJECT
public:
    enum class Progress {
        Idle,
        Connecting,
        Securing,
        Authenticating,
        FindingFolder,
        Checking,
        Saving,
        Finishing,
        Done,
        Failed
    };
    Q_ENUM(Progress)

    explicit ImapSentCopy(const ImapConnectionSettings &settings, const ImapSentCopyOptions &options = {},
        QObject *parent = nullptr);
    ~ImapSentCopy() override;

    // The connection underneath: its signals give every protocol step (transcripts, certificate decisions).
    ImapClient *client() const { return m_client; }

    // Saves 'size' bytes of 'message' from its current position (-1: up to its end). The device must
    // outlive the operation; it is read a second time when the folder had to be created first, so a file or
    // buffer is best.
    void start(QIODevice *message, qint64 size = -1);
    void cancel();

    Progress progress() const { return m_progress; }
    const ImapSentCopyResult &result() const { return m_result; }

Q_SIGNALS:
    void progressChanged(ImapSentCopy::Progress progress);
    void appendProgress(qint64 sent, qint64 total);
    void finished(const ImapSentCopyResult &result);

private:
    void setProgress(Progress progress);
    void onOpened();
    void onListed(const ImapCommandResult &result);
    void useFolder(const ImapSentFolder &folder);
    void createFolder(bool thenAppend);
    void checkExisting();
    void onSearched(const ImapCommandResult &result);
    void append();
    void onAppended(const ImapCommandResult &result);
    void fail(const ImapError &error);
    void succeed();
    void logoutAndFinish();
    void finish();

    ImapSentCopyOptions m_options;
    ImapClient *m_client;
    ImapSessionOpener *m_opener;
    QPointer<QIODevice> m_message;
    qint64 m_start = 0;
    qint64 m_size = 0;
    ImapSentFolder m_folder;
    ImapSentCopyResult m_result;
    Progress m_progress = Progress::Idle;
    bool m_started = false;
    bool m_finished = false;
    bool m_resultFixed = false;
    bool m_loggingOut = false;
};
