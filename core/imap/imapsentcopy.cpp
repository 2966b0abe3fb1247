#include "imapsentcopy.h"

#include "imapsessionopener.h"
#include "imapwording.h"
#include "logging.h"

#include <QIODevice>

namespace {

ImapError::Code appendFailureCode(const ImapResponse &completion)
{
    const QByteArray code = completion.code();
    if (code == "OVERQUOTA") {
        return ImapError::OverQuota;
    }
    if (code == "TOOBIG" || code == "LIMIT") {
        return ImapError::MessageTooLarge;
    }
    if (code == "TRYCREATE" || code == "NONEXISTENT") {
        return ImapError::FolderNotFound;
    }
    return completion.isBad() ? ImapError::CommandRefused : ImapError::AppendRefused;
}

// The first number of a uid-set ("3955", "3955:3957", "1,4"), 0 when there is none.
quint32 firstUid(const QByteArray &set)
{
    qsizetype end = 0;
    while (end < set.size() && set.at(end) >= '0' && set.at(end) <= '9') {
        ++end;
    }
    bool ok = false;
    const quint32 uid = set.left(end).toUInt(&ok);
    return ok ? uid : 0;
}

} // namespace

ImapSentCopy::ImapSentCopy(
    const ImapConnectionSettings &settings, const ImapSentCopyOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ImapClient(settings, this))
    , m_opener(new ImapSessionOpener(m_client, this))
{
    connect(m_opener, &ImapSessionOpener::stageChanged, this, [this](ImapSessionOpener::Stage stage) {
        if (stage == ImapSessionOpener::Stage::Connecting) {
            setProgress(Progress::Connecting);
        } else if (stage == ImapSessionOpener::Stage::Securing) {
            setProgress(Progress::Securing);
        } else if (stage == ImapSessionOpener::Stage::Authenticating) {
            setProgress(Progress::Authenticating);
        }
    });
    connect(m_opener, &ImapSessionOpener::opened, this, &ImapSentCopy::onOpened);
    connect(m_opener, &ImapSessionOpener::failed, this, &ImapSentCopy::fail);
    connect(m_client, &ImapClient::errorOccurred, this, &ImapSentCopy::fail);
    connect(m_client, &ImapClient::disconnected, this, [this] {
        if (m_resultFixed) {
            finish();
        }
    });
    connect(m_client, &ImapClient::appendProgress, this, &ImapSentCopy::appendProgress);
}

ImapSentCopy::~ImapSentCopy() = default;

void ImapSentCopy::setProgress(Progress progress)
{
    if (m_progress != progress) {
        m_progress = progress;
        Q_EMIT progressChanged(progress);
    }
}

void ImapSentCopy::start(QIODevice *message, qint64 size)
{
    if (m_started) {
        qCWarning(lcImap, "ImapSentCopy::start called twice; create a new one per copy");
        return;
    }
    m_started = true;
    m_message = message;
    const bool readable = message && message->isReadable() && (size >= 0 || !message->isSequential());
    if (!readable) {
        fail(ImapError(ImapError::MessageReadError, Imap::Step::Append, ImapWording::messageNotReadable()));
        return;
    }
    m_start = message->pos();
    m_size = size >= 0 ? size : message->size() - m_start;
    m_opener->start();
}

void ImapSentCopy::cancel()
{
    if (!m_finished) {
        m_client->abort();
        finish();
    }
}

void ImapSentCopy::onOpened()
{
    if (!m_options.discoverFolder) {
        useFolder(ImapSentFolder::configuredFolder(m_options.folder));
        return;
    }
    setProgress(Progress::FindingFolder);
    if (!m_client->list("*", true, [this](const ImapCommandResult &r) { onListed(r); })) {
        fail(m_client->lastError());
    }
}

void ImapSentCopy::onListed(const ImapCommandResult &result)
{
    if (!result.isOk()) {
        fail(ImapError(ImapError::CommandRefused, Imap::Step::List,
            ImapWording::listRefused(result.completion.summary()), result.completion));
        return;
    }
    const ImapSentFolder folder = ImapSentFolder::choose(ImapSentFolder::mailboxes(result), m_options.folder);
    if (!folder.exists && !m_options.createFolder) {
        fail(ImapError(
            ImapError::FolderNotFound, Imap::Step::List, ImapWording::noSentFolder(m_options.folder)));
        return;
    }
    useFolder(folder);
}

void ImapSentCopy::useFolder(const ImapSentFolder &folder)
{
    m_folder = folder;
    m_result.folder = folder.name;
    if (m_options.discoverFolder && !folder.exists) {
        createFolder(false); // known to be missing: a new folder holds no earlier copy to look for
        return;
    }
    checkExisting();
}

void ImapSentCopy::createFolder(bool rewind)
{
    setProgress(Progress::FindingFolder);
    const bool queued
        = m_client->create(m_folder.wireName, { "\\Sent" }, [this, rewind](const ImapCommandResult &r) {
              // RFC 5530 ALREADYEXISTS: someone made it in between, which is just as good.
              if (!r.isOk() && r.completion.code() != "ALREADYEXISTS") {
                  fail(ImapError(ImapError::CreateFailed, Imap::Step::Create,
                      ImapWording::createRefused(m_folder.name, r.completion), r.completion));
                  return;
              }
              m_result.folderCreated = r.isOk();
              m_folder.exists = true;
              if (rewind && (!m_message || m_message->isSequential() || !m_message->seek(m_start))) {
                  fail(ImapError(
                      ImapError::MessageReadError, Imap::Step::Append, ImapWording::messageNotRereadable()));
                  return;
              }
              append();
          });
    if (!queued) {
        fail(m_client->lastError());
    }
}

void ImapSentCopy::checkExisting()
{
    if (m_options.messageId.isEmpty()) {
        append();
        return;
    }
    setProgress(Progress::Checking);
    const bool queued = m_client->examine(m_folder.wireName, [this](const ImapCommandResult &r) {
        if (!r.isOk()) {
            append(); // no such folder yet, or not searchable: APPEND decides (and may ask to create it)
            return;
        }
        if (!m_client->uidSearchHeader("Message-ID", m_options.messageId,
                [this](const ImapCommandResult &found) { onSearched(found); })) {
            fail(m_client->lastError());
        }
    });
    if (!queued) {
        fail(m_client->lastError());
    }
}

void ImapSentCopy::onSearched(const ImapCommandResult &result)
{
    if (result.isOk()) {
        for (const ImapResponse &search : result.data) {
            for (const ImapValue &v : search.values()) {
                bool number = false;
                const quint64 uid = v.toNumber(&number);
                if (number && uid > 0 && uid <= 0xffffffffULL) {
                    m_result.alreadyThere = true;
                    m_result.uid = quint32(uid);
                    succeed();
                    return;
                }
            }
        }
    }
    append();
}

void ImapSentCopy::append()
{
    setProgress(Progress::Saving);
    const bool queued = m_client->append(m_folder.wireName, m_message, m_size, m_options.flags,
        m_options.internalDate, [this](const ImapCommandResult &r) { onAppended(r); });
    if (!queued) {
        fail(m_client->lastError());
    }
}

void ImapSentCopy::onAppended(const ImapCommandResult &result)
{
    const ImapResponse &completion = result.completion;
    if (result.isOk()) {
        if (completion.code() == "APPENDUID") {
            // RFC 4315 3: APPENDUID uidvalidity uid-set
            const QList<QByteArray> arguments = completion.codeArguments();
            m_result.uidValidity = arguments.value(0).toUInt();
            m_result.uid = firstUid(arguments.value(1));
        }
        succeed();
        return;
    }
    if (completion.code() == "TRYCREATE" && m_options.createFolder && !m_result.folderCreated) {
        createFolder(true);
        return;
    }
    fail(ImapError(appendFailureCode(completion), Imap::Step::Append,
        ImapWording::appendRefused(m_folder.name, completion), completion));
}

void ImapSentCopy::succeed()
{
    if (m_resultFixed) {
        return;
    }
    m_resultFixed = true;
    m_result.ok = true;
    m_result.error = {};
    logoutAndFinish();
}

void ImapSentCopy::fail(const ImapError &error)
{
    if (m_resultFixed) {
        finish(); // the connection ended after the result was known (a failed LOGOUT): nothing changes
        return;
    }
    m_resultFixed = true;
    m_result.ok = false;
    m_result.error = error;
    logoutAndFinish();
}

void ImapSentCopy::logoutAndFinish()
{
    if (m_loggingOut || !m_client->isConnected()) {
        if (!m_client->isConnected()) {
            finish();
        }
        return;
    }
    setProgress(Progress::Finishing);
    m_loggingOut = true;
    // RFC 9051 6.1.3: say goodbye; finish() follows when the connection closes.
    if (!m_client->logout()) {
        m_client->abort();
        finish();
    }
}

void ImapSentCopy::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    setProgress(m_result.ok ? Progress::Done : Progress::Failed);
    if (!m_resultFixed) {
        m_resultFixed = true;
        m_result.error = ImapError(ImapError::Cancelled, Imap::Step::None, ImapWording::cancelled());
    }
    // Queued, so a receiver may delete this object (and the client inside it) in its slot.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}
