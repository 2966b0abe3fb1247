#include "store/draftstore.h"

#include "mime/addressparser.h"
#include "mime/emlreader.h"
#include "mime/headerfieldbuilder.h"
#include "mime/mimeattachment.h"
#include "mime/mimeutils.h"
#include "mime/quotedprintable.h"
#include "store/storefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {

const QString SidecarName = QStringLiteral("draft.json");
const QString FilesFolder = QStringLiteral("files");

QString emlName(int revision)
{
    return QStringLiteral("message-%1.eml").arg(revision);
}

// A draft body: quoted-printable, and always closed by a soft line break ("=" CRLF). The soft break decodes
// to nothing, so the text comes back exactly, with or without a final newline, whether or not a reader keeps
// the CRLF in front of a boundary.
QByteArray encodeBody(const QString &text)
{
    return QuotedPrintable::encode(MimeUtils::toCrlf(text.toUtf8()), QuotedPrintable::Mode::Text) + "=\r\n";
}

QByteArray textPart(const QByteArray &subtype, const QString &text)
{
    return "Content-Type: text/" + subtype
        + "; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + encodeBody(text);
}

// The draft as an RFC 5322 message. Not MessageWriter: a draft is often not a valid message yet (no From, a
// half-typed address), and must still be saved. Addresses that do not parse yet are left out of the headers
// (the sidecar keeps them as typed); attachments are files beside it, named in the sidecar.
QByteArray draftEml(const Draft &d)
{
    QByteArray out;
    auto addField = [&out](const HeaderFieldBuilder &field) {
        if (field.error().isEmpty()) {
            out += field.toByteArray();
        }
    };
    auto addressField = [&](const QByteArray &name, const QString &text) {
        if (text.trimmed().isEmpty()) {
            return;
        }
        const AddressParser::Result r = AddressParser::parseList(text, AddressParser::SkipInvalid);
        if (r.addresses.isEmpty()) {
            return;
        }
        HeaderFieldBuilder field(name, false);
        field.appendAddressList(r.addresses);
        if (!field.error().isEmpty()) {
            HeaderFieldBuilder utf8(name, true); // a non-ASCII local part: RFC 6532 UTF-8 rather than nothing
            utf8.appendAddressList(r.addresses);
            addField(utf8);
            return;
        }
        addField(field);
    };
    addressField("From", d.from);
    addressField("To", d.to);
    addressField("Cc", d.cc);
    addressField("Bcc", d.bcc); // a draft keeps its Bcc; MessageWriter leaves it out of what is sent
    addressField("Reply-To", d.replyTo);
    HeaderFieldBuilder subject("Subject", false);
    subject.appendUnstructured(MimeUtils::sanitizeHeaderText(d.subject));
    addField(subject);
    out += "Date: " + MimeUtils::formatDate(d.modified.isValid() ? d.modified : QDateTime::currentDateTime())
        + "\r\n";
    if (!d.inReplyTo.isEmpty()) {
        out += "In-Reply-To: " + d.inReplyTo + "\r\n";
    }
    if (!d.references.isEmpty()) {
        HeaderFieldBuilder references("References", false);
        for (const QByteArray &r : d.references) {
            references.appendToken(r);
        }
        addField(references);
    }
    for (const auto &h : d.extraHeaders) {
        if (!MimeMessage::checkHeaderName(h.first).isEmpty()) {
            continue;
        }
        HeaderFieldBuilder field(h.first, false);
        field.appendUnstructured(MimeUtils::sanitizeHeaderText(h.second));
        addField(field);
    }
    out += "X-Epistle-Draft: " + d.id.toLatin1() + "; revision=" + QByteArray::number(d.revision) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (d.html.isEmpty()) {
        return out + textPart("plain", d.plainText);
    }
    const QByteArray boundary = "=_epistle_draft_" + MimeUtils::randomToken(24);
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + textPart("plain", d.plainText) + "\r\n";
    out += "--" + boundary + "\r\n" + textPart("html", d.html) + "\r\n";
    out += "--" + boundary + "--\r\n";
    return out;
}

// Attachment copies get a random prefix, so a new copy never replaces one an older revision still uses.
QString copyName(const QString &fileName)
{
    QString name = MimeAttachment::sanitizeFileName(fileName);
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name.prepend(QStringLiteral("attachment"));
    }
    if (name.size() > 100) {
        name = name.right(100);
    }
    return QString::fromLatin1(MimeUtils::randomToken(8)) + QLatin1Char('-') + name;
}

bool isInside(const QString &path, const QString &folder)
{
    return !path.isEmpty()
        && QFileInfo(path).absoluteFilePath().startsWith(
            QFileInfo(folder).absoluteFilePath() + QLatin1Char('/'));
}

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(QDir::cleanPath(directory))
{ }

DraftStore::~DraftStore() = default;

QString DraftStore::draftDirectory(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id;
}

QString DraftStore::sidecarPath(const QString &id) const
{
    return draftDirectory(id) + QLatin1Char('/') + SidecarName;
}

QString DraftStore::lockPath(const QString &id) const
{
    return m_directory + QStringLiteral("/.open/") + id;
}

QString DraftStore::newDraftId() const
{
    QString id;
    do {
        id = StoreFiles::newId();
    } while (QFileInfo::exists(draftDirectory(id)));
    return id;
}

bool DraftStore::contains(const QString &id) const
{
    return StoreFiles::isValidId(id) && QFileInfo::exists(sidecarPath(id));
}

bool DraftStore::loadSidecar(const QString &id, Draft *draft, QString *error) const
{
    QString localError;
    if (!StoreFiles::isValidId(id)) {
        if (error) {
            *error = tr("\"%1\" is not a valid draft id.").arg(id);
        }
        return false;
    }
    return readSidecar(id, draft, error ? error : &localError);
}

bool DraftStore::readSidecar(const QString &id, Draft *draft, QString *error) const
{
    QJsonObject object;
    if (!StoreFiles::readJson(sidecarPath(id), &object, error)) {
        return false;
    }
    *draft = Draft::fromJson(object, draftDirectory(id));
    draft->id = id;
    return true;
}

bool DraftStore::storeAttachments(
    Draft &draft, const Draft *previous, const QString &folder, QStringList *created, QString *error)
{
    const QString files = folder + QLatin1Char('/') + FilesFolder;
    for (DraftAttachment &a : draft.attachments) {
        if (!a.keepCopy) {
            // A reference: remember what the file looked like, so a later change can be pointed out.
            if (a.filePath.isEmpty()) {
                a.filePath = a.originalPath;
            }
            const QFileInfo info(a.filePath);
            if (!info.isFile()) {
                *error = tr("The attachment \"%1\" (%2) does not exist.")
                             .arg(a.fileName, QDir::toNativeSeparators(a.filePath));
                return false;
            }
            if (a.size < 0 || !a.lastModified.isValid()) {
                a.size = info.size();
                a.lastModified = info.lastModified().toUTC();
            }
            continue;
        }
        if (isInside(a.filePath, files) && QFileInfo(a.filePath).isFile()) {
            continue; // already the draft's own copy
        }
        // The composer may hand the original again on every save: reuse the copy made of it before, unless
        // the original changed since.
        if (previous && a.data.isEmpty()) {
            const QString source = a.originalPath.isEmpty() ? a.filePath : a.originalPath;
            const QFileInfo now(source);
            bool reused = false;
            for (const DraftAttachment &p : previous->attachments) {
                if (p.keepCopy && p.originalPath == source && isInside(p.filePath, files)
                    && QFileInfo(p.filePath).isFile() && now.isFile() && now.size() == p.size
                    && now.lastModified().toUTC() == p.lastModified) {
                    a.filePath = p.filePath;
                    a.originalPath = source;
                    a.size = p.size;
                    a.lastModified = p.lastModified;
                    reused = true;
                    break;
                }
            }
            if (reused) {
                continue;
            }
        }
        if (!StoreFiles::ensureDirectory(files, error)) {
            return false;
        }
        const QString target = files + QLatin1Char('/') + copyName(a.fileName);
        if (!a.data.isEmpty() || a.filePath.isEmpty()) {
            if (!StoreFiles::writeAtomically(target, a.data, error)) {
                return false;
            }
            a.size = a.data.size();
            a.data.clear();
        } else {
            const QString source = a.filePath;
            const QFileInfo info(source);
            if (!StoreFiles::copyFileAtomically(source, target, error)) {
                *error = tr("The attachment \"%1\" could not be stored with the draft. %2")
                             .arg(a.fileName, *error);
                return false;
            }
            if (a.originalPath.isEmpty()) {
                a.originalPath = source;
            }
            a.size = info.size();
            a.lastModified = info.lastModified().toUTC();
        }
        created->append(target);
        a.filePath = target;
    }
    return true;
}

bool DraftStore::save(Draft &draft, QString *error)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (draft.id.isEmpty()) {
        draft.id = newDraftId();
    }
    if (!StoreFiles::isValidId(draft.id)) {
        why = tr("\"%1\" is not a valid draft id.").arg(draft.id);
        return false;
    }
    const bool hasPrevious = QFileInfo::exists(sidecarPath(draft.id));
    QString reason;
    // Every failure says whether an earlier version is still there: that is what the person needs to know.
    auto fail = [&](const QString &cause) {
        why = (hasPrevious ? tr("The draft could not be saved; the last saved version is kept. %1")
                           : tr("The draft could not be saved. %1"))
                  .arg(cause);
        return false;
    };
    // Only the window that has the draft open writes it; a draft nobody has open is claimed for the save.
    std::unique_ptr<StoreLock> temporary;
    if (!m_open.contains(draft.id)) {
        if (StoreLock::probe(lockPath(draft.id)) == StoreLock::State::Abandoned) {
            return fail(tr("It was being edited when Epistle stopped; open it (recover it) before "
                           "saving over it."));
        }
        temporary = std::make_unique<StoreLock>(lockPath(draft.id));
        if (!temporary->tryLock(&reason)) {
            return fail(reason);
        }
    }

    const QString folder = draftDirectory(draft.id);
    Draft previous;
    const bool previousReadable = hasPrevious && readSidecar(draft.id, &previous, &localError);
    if (!StoreFiles::ensureDirectory(folder, &reason)) {
        return fail(reason);
    }

    Draft next = draft;
    next.revision = qMax(draft.revision, previousReadable ? previous.revision : 0) + 1;
    next.modified = QDateTime::currentDateTimeUtc();
    if (!next.created.isValid()) {
        next.created = previousReadable && previous.created.isValid() ? previous.created : next.modified;
    }
    QStringList created;
    auto rollBack = [&]() {
        for (const QString &path : std::as_const(created)) {
            QFile::remove(path);
        }
    };
    if (!storeAttachments(next, previousReadable ? &previous : nullptr, folder, &created, &reason)) {
        rollBack();
        return fail(reason);
    }
    // 1. the new revision's text under its own name; 2. the sidecar naming it (the commit); 3. clean up.
    const QString eml = folder + QLatin1Char('/') + emlName(next.revision);
    if (!StoreFiles::writeAtomically(eml, draftEml(next), &reason)) {
        rollBack();
        return fail(reason);
    }
    created.append(eml);
    QJsonObject sidecar = next.toJson(folder);
    sidecar.insert(QStringLiteral("eml"), emlName(next.revision));
    if (!StoreFiles::writeJson(sidecarPath(next.id), sidecar, &reason)) {
        rollBack();
        return fail(reason);
    }
    draft = next;
    removeUnreferenced(draft.id, draft);
    Q_EMIT draftSaved(draft.id, draft.revision);
    return true;
}

void DraftStore::removeUnreferenced(const QString &id, const Draft &current)
{
    const QString folder = draftDirectory(id);
    QDir dir(folder);
    const QString keepEml = emlName(current.revision);
    for (const QString &entry : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry != SidecarName && entry != keepEml) {
            dir.remove(entry); // older revisions, and temporary files of saves that never finished
        }
    }
    QSet<QString> referenced;
    for (const DraftAttachment &a : current.attachments) {
        referenced.insert(QFileInfo(a.filePath).absoluteFilePath());
    }
    QDir files(folder + QLatin1Char('/') + FilesFolder);
    for (const QString &entry : files.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!referenced.contains(files.absoluteFilePath(entry))) {
            files.remove(entry);
        }
    }
}

bool DraftStore::load(const QString &id, Draft *draft, QString *error) const
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!StoreFiles::isValidId(id) || !QFileInfo::exists(draftDirectory(id))) {
        why = tr("There is no draft \"%1\".").arg(id);
        return false;
    }
    QJsonObject object;
    if (!StoreFiles::readJson(sidecarPath(id), &object, &why)) {
        return false;
    }
    Draft d = Draft::fromJson(object, draftDirectory(id));
    d.id = id;
    const QString eml = draftDirectory(id) + QLatin1Char('/')
        + object.value(QStringLiteral("eml")).toString(emlName(d.revision));
    QByteArray bytes;
    if (!StoreFiles::readAll(eml, &bytes, &why)) {
        why = tr("The draft's text cannot be read. %1").arg(why);
        return false;
    }
    const EmlMessage message = EmlReader::parse(bytes);
    for (const EmlPart *part : message.leaves()) {
        if (part->mimeType == "text/plain" && d.plainText.isEmpty()) {
            d.plainText = part->text();
        } else if (part->mimeType == "text/html" && d.html.isEmpty()) {
            d.html = part->text();
        }
    }
    for (DraftAttachment &a : d.attachments) {
        const QFileInfo info(a.filePath);
        if (!info.isFile()) {
            a.problem = tr("The file %1 is missing.").arg(QDir::toNativeSeparators(a.filePath));
        } else if (!info.isReadable()) {
            a.problem = tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(a.filePath));
        } else if (a.size >= 0 && info.size() != a.size) {
            a.problem
                = tr("The file %1 changed since it was attached.").arg(QDir::toNativeSeparators(a.filePath));
        } else if (!a.keepCopy && a.lastModified.isValid() && info.lastModified().toUTC() != a.lastModified) {
            a.problem
                = tr("The file %1 changed since it was attached.").arg(QDir::toNativeSeparators(a.filePath));
        }
    }
    *draft = d;
    return true;
}

QList<Draft> DraftStore::list(QStringList *problems) const
{
    QList<Draft> drafts;
    for (const QString &id : StoreFiles::itemDirectories(m_directory)) {
        if (!QFileInfo::exists(sidecarPath(id))) {
            continue; // created by an open composer, never saved
        }
        Draft d;
        QString error;
        if (!readSidecar(id, &d, &error)) {
            if (problems) {
                problems->append(error);
            }
            continue;
        }
        drafts.append(d);
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.id > b.id;
    });
    return drafts;
}

bool DraftStore::remove(const QString &id, QString *error)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!StoreFiles::isValidId(id)) {
        why = tr("\"%1\" is not a valid draft id.").arg(id);
        return false;
    }
    std::shared_ptr<StoreLock> lock = m_open.value(id);
    if (!lock) {
        lock = std::make_shared<StoreLock>(lockPath(id));
        if (!lock->tryLock(&why)) {
            why = tr("The draft cannot be removed now. %1").arg(why);
            return false;
        }
    }
    // The folder goes first (one rename commits it), the lock after: a crash in between leaves a lock with
    // no draft, which recoverable() ignores.
    if (!StoreFiles::removeTree(draftDirectory(id), &why)) {
        if (!m_open.contains(id)) {
            lock->unlock();
        }
        return false;
    }
    const bool wasOpen = m_open.remove(id) > 0;
    lock->unlock();
    Q_EMIT draftRemoved(id);
    if (wasOpen) {
        Q_EMIT openStateChanged(id);
    }
    return true;
}

bool DraftStore::open(const QString &id, QString *error)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!StoreFiles::isValidId(id)) {
        why = tr("\"%1\" is not a valid draft id.").arg(id);
        return false;
    }
    if (m_open.contains(id)) {
        return true;
    }
    auto lock = std::make_shared<StoreLock>(lockPath(id));
    if (!lock->tryLock(&why)) {
        why = tr("The draft is open elsewhere. %1").arg(why);
        return false;
    }
    m_open.insert(id, lock);
    Q_EMIT openStateChanged(id);
    return true;
}

void DraftStore::close(const QString &id)
{
    if (m_open.remove(id) > 0) { // the lock's destructor removes the file
        Q_EMIT openStateChanged(id);
    }
}

DraftStore::OpenState DraftStore::openState(const QString &id) const
{
    if (m_open.contains(id)) {
        return OpenState::OpenHere;
    }
    switch (StoreLock::probe(lockPath(id))) {
    case StoreLock::State::HeldElsewhere:
    case StoreLock::State::HeldHere:
        return OpenState::OpenElsewhere;
    case StoreLock::State::Abandoned:
        return OpenState::Abandoned;
    case StoreLock::State::Free:
        break;
    }
    return OpenState::Closed;
}

QStringList DraftStore::recoverable() const
{
    QList<Draft> found;
    const QDir locks(m_directory + QStringLiteral("/.open"));
    for (const QString &id : locks.entryList(QDir::Files | QDir::NoDotAndDotDot)) {
        if (!StoreFiles::isValidId(id) || m_open.contains(id) || !contains(id)) {
            continue;
        }
        if (StoreLock::probe(lockPath(id)) != StoreLock::State::Abandoned) {
            continue;
        }
        Draft d;
        QString error;
        if (readSidecar(id, &d, &error)) {
            found.append(d);
        }
    }
    std::sort(
        found.begin(), found.end(), [](const Draft &a, const Draft &b) { return a.modified < b.modified; });
    QStringList ids;
    for (const Draft &d : std::as_const(found)) {
        ids.append(d.id);
    }
    return ids;
}

bool DraftStore::dismissRecovery(const QString &id, QString *error)
{
    if (m_open.contains(id)) {
        close(id);
        return true;
    }
    StoreLock lock(lockPath(id));
    if (!lock.tryLock(error)) {
        return false;
    }
    lock.unlock();
    Q_EMIT openStateChanged(id);
    return true;
}

void DraftStore::cleanUp()
{
    StoreFiles::removeTrash(m_directory);
    for (const QString &id : StoreFiles::itemDirectories(m_directory)) {
        if (m_open.contains(id)) {
            continue;
        }
        const StoreLock::State state = StoreLock::probe(lockPath(id));
        if (state == StoreLock::State::HeldElsewhere) {
            continue; // a live process may be in the middle of a save
        }
        Draft d;
        QString error;
        if (!readSidecar(id, &d, &error)) {
            // Never saved (a composer opened, nothing written) and nobody on it: an empty shell.
            if (!QFileInfo::exists(sidecarPath(id)) && state == StoreLock::State::Free) {
                QDir(draftDirectory(id)).removeRecursively();
            }
            continue;
        }
        removeUnreferenced(id, d);
    }
    // Locks of drafts that no longer exist (removed after a crash, or never saved) mean nothing.
    QDir locks(m_directory + QStringLiteral("/.open"));
    for (const QString &id : locks.entryList(QDir::Files | QDir::NoDotAndDotDot)) {
        if (!m_open.contains(id) && !QFileInfo::exists(draftDirectory(id))
            && StoreLock::probe(locks.filePath(id)) == StoreLock::State::Abandoned) {
            StoreLock stale(locks.filePath(id));
            if (stale.tryLock()) {
                stale.unlock();
            }
        }
    }
}
