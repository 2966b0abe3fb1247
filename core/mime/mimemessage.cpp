#include "mime/mimemessage.h"

#include "mime/htmltotext.h"
#include "mime/mimeutils.h"

#include <QSet>

namespace {

// Fields MessageWriter writes from the model. A second copy from extraHeaders would contradict them
// (RFC 5322 3.6 allows most of them once) or, for Bcc, leak the hidden recipients.
const char *const ownedFields[][2] = {
    { "from", QT_TRANSLATE_NOOP("MimeMessage", "the sender is set with From") },
    { "sender", QT_TRANSLATE_NOOP("MimeMessage", "the sender is set with Sender") },
    { "reply-to", QT_TRANSLATE_NOOP("MimeMessage", "use the Reply-To setting") },
    { "to", QT_TRANSLATE_NOOP("MimeMessage", "recipients are set with To") },
    { "cc", QT_TRANSLATE_NOOP("MimeMessage", "recipients are set with Cc") },
    { "bcc",
        QT_TRANSLATE_NOOP(
            "MimeMessage", "Bcc recipients are never written into the message; add them as Bcc") },
    { "subject", QT_TRANSLATE_NOOP("MimeMessage", "use the Subject setting") },
    { "date", QT_TRANSLATE_NOOP("MimeMessage", "the Date is written when the message is") },
    { "message-id", QT_TRANSLATE_NOOP("MimeMessage", "the Message-ID is set with messageId") },
    { "in-reply-to", QT_TRANSLATE_NOOP("MimeMessage", "use the In-Reply-To setting") },
    { "references", QT_TRANSLATE_NOOP("MimeMessage", "use the References setting") },
    { "user-agent", QT_TRANSLATE_NOOP("MimeMessage", "use the User-Agent setting") },
    { "mime-version", QT_TRANSLATE_NOOP("MimeMessage", "MIME-Version is written by the message writer") },
    { "return-path",
        QT_TRANSLATE_NOOP("MimeMessage", "Return-Path is added by the receiving server (RFC 5321 4.4)") },
};

QByteArray normalizedMessageId(const QByteArray &id)
{
    QByteArray out;
    for (char c : id.trimmed()) {
        // msg-id: printable ASCII without spaces; keeps typed junk from breaking the field.
        if (c > 32 && c < 127 && c != '<' && c != '>')
            out += c;
    }
    if (out.isEmpty())
        return {};
    return '<' + out + '>';
}

} // namespace

MailAddress MimeMessage::sanitized(const MailAddress &address)
{
    return MailAddress(MimeUtils::sanitizeHeaderText(address.address()).trimmed(),
        MimeUtils::sanitizeHeaderText(address.name()).trimmed());
}

AddressList MimeMessage::sanitized(const AddressList &list)
{
    AddressList out;
    for (const AddressList::Entry &e : list.entries()) {
        if (!e.isGroup) {
            out.append(sanitized(e.mailbox));
            continue;
        }
        AddressGroup group;
        group.name = MimeUtils::sanitizeHeaderText(e.group.name).trimmed();
        for (const MailAddress &m : e.group.members)
            group.members.append(sanitized(m));
        out.append(group);
    }
    return out;
}

void MimeMessage::setFrom(const MailAddress &from)
{
    m_from = sanitized(from);
}

void MimeMessage::setSender(const MailAddress &sender)
{
    m_sender = sanitized(sender);
}

void MimeMessage::setReplyTo(const AddressList &replyTo)
{
    m_replyTo = sanitized(replyTo);
}

void MimeMessage::setTo(const AddressList &to)
{
    m_to = sanitized(to);
}

void MimeMessage::setCc(const AddressList &cc)
{
    m_cc = sanitized(cc);
}

void MimeMessage::setBcc(const AddressList &bcc)
{
    m_bcc = sanitized(bcc);
}

void MimeMessage::setSubject(const QString &subject)
{
    // Whitespace at either end carries nothing, and readers drop it from unstructured fields anyway.
    m_subject = MimeUtils::sanitizeHeaderText(subject).trimmed();
}

void MimeMessage::setMessageId(const QByteArray &messageId)
{
    m_messageId = normalizedMessageId(messageId);
}

QByteArray MimeMessage::generateMessageId(const QString &domain)
{
    QString ace = MailAddress::domainToAce(domain);
    if (ace.isEmpty() || ace.startsWith(QLatin1Char('[')))
        ace = QStringLiteral("epistle.invalid");
    // 32 characters from 62 give 190 bits: unique without a counter, a clock or a host name.
    return '<' + MimeUtils::randomToken(32) + '@' + ace.toLatin1() + '>';
}

QString MimeMessage::idDomain() const
{
    QString domain = MailAddress::domainToAce(m_from.domain());
    if (domain.isEmpty() || domain.startsWith(QLatin1Char('[')))
        return QStringLiteral("epistle.invalid");
    return domain;
}

void MimeMessage::setInReplyTo(const QByteArray &messageId)
{
    m_inReplyTo = normalizedMessageId(messageId);
}

void MimeMessage::setReferences(const QList<QByteArray> &messageIds)
{
    m_references.clear();
    for (const QByteArray &id : messageIds) {
        const QByteArray n = normalizedMessageId(id);
        if (!n.isEmpty())
            m_references.append(n);
    }
}

void MimeMessage::setUserAgent(const QString &userAgent)
{
    m_userAgent = MimeUtils::sanitizeHeaderText(userAgent).trimmed();
}

QString MimeMessage::checkHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return tr("A header needs a name");
    // RFC 5322 3.6.8: ftext is printable ASCII except ':'. 76 keeps "Name: " and a value on one line.
    for (char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return tr("\"%1\" is not a valid header name: only printable ASCII without spaces or ':' "
                      "is allowed (RFC 5322 3.6.8)")
                .arg(QString::fromUtf8(name));
    }
    if (name.size() > 76)
        return tr("The header name \"%1\" is longer than 76 characters").arg(QString::fromLatin1(name));
    const QByteArray lower = name.toLower();
    if (lower.startsWith("content-"))
        return tr("%1 cannot be set as an extra header: the Content-* fields are written from the "
                  "message's parts")
            .arg(QString::fromLatin1(name));
    for (const auto &owned : ownedFields) {
        if (lower == owned[0])
            //: %1 is a header field name such as Bcc, %2 the reason, e.g. "use the Subject setting"
            return tr("%1 cannot be set as an extra header: %2").arg(QString::fromLatin1(name), tr(owned[1]));
    }
    return {};
}

bool MimeMessage::addHeader(const QByteArray &name, const QString &value, QString *error)
{
    const QString problem = checkHeaderName(name);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    m_extraHeaders.append({ name, MimeUtils::sanitizeHeaderText(value).trimmed() });
    return true;
}

bool MimeMessage::addHeaderLine(const QString &line, QString *error)
{
    const int colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        if (error)
            *error = tr("\"%1\" is not a header: expected \"Name: value\"").arg(line);
        return false;
    }
    return addHeader(line.left(colon).trimmed().toUtf8(), line.mid(colon + 1), error);
}

QString MimeMessage::effectivePlainText() const
{
    if (!m_plainText.isEmpty() || m_html.isEmpty())
        return m_plainText;
    QHash<QString, QString> names;
    for (const MimeAttachment &image : m_inlineImages) {
        names.insert(image.contentId(), image.fileName());
    }
    return HtmlToText::convert(m_html, names);
}

void MimeMessage::addAttachment(const MimeAttachment &attachment)
{
    m_attachments.append(attachment);
}

QString MimeMessage::addInlineImage(const MimeAttachment &image, const QString &contentId)
{
    MimeAttachment inlineImage = image;
    inlineImage.setDisposition(MimeAttachment::Disposition::Inline);
    inlineImage.setContentId(contentId);
    if (inlineImage.contentId().isEmpty()) {
        // RFC 2392 ids look like msg-ids; a random left part keeps them unique across messages, which matters
        // when a reply quotes an earlier message's images.
        inlineImage.setContentId(QStringLiteral("part%1.%2@%3")
                                     .arg(m_inlineImages.size() + 1)
                                     .arg(QString::fromLatin1(MimeUtils::randomToken(16)), idDomain()));
    }
    m_inlineImages.append(inlineImage);
    return inlineImage.contentId();
}

MailAddress MimeMessage::envelopeSender() const
{
    if (!m_envelopeSender.isEmpty())
        return MailAddress(m_envelopeSender.address());
    return MailAddress(m_from.address());
}

QList<MailAddress> MimeMessage::envelopeRecipients() const
{
    QList<MailAddress> result;
    QSet<QString> seen;
    for (const AddressList *list : { &m_to, &m_cc, &m_bcc }) {
        for (const MailAddress &m : list->mailboxes()) {
            if (m.isEmpty())
                continue;
            const QString key = m.mailboxKey();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            result.append(MailAddress(m.address()));
        }
    }
    return result;
}

bool MimeMessage::needsSmtpUtf8() const
{
    QList<MailAddress> all = { m_from, m_sender, envelopeSender() };
    for (const AddressList *list : { &m_replyTo, &m_to, &m_cc, &m_bcc })
        all.append(list->mailboxes());
    for (const MailAddress &m : all) {
        if (!m.isEmpty() && !m.hasAsciiLocalPart())
            return true;
    }
    return false;
}

QStringList MimeMessage::referencedContentIds() const
{
    QStringList ids;
    int from = 0;
    for (;;) {
        const int at = m_html.indexOf(QLatin1String("cid:"), from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        int end = at + 4;
        while (end < m_html.size()) {
            const QChar c = m_html.at(end);
            if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')')
                || c == QLatin1Char('>') || c == QLatin1Char('<'))
                break;
            ++end;
        }
        // RFC 2392 2: the URL form is %-encoded.
        const QString id
            = QString::fromUtf8(QByteArray::fromPercentEncoding(m_html.mid(at + 4, end - at - 4).toUtf8()));
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
        from = end;
    }
    return ids;
}

QStringList MimeMessage::problems() const
{
    QStringList problems;
    if (m_from.isEmpty())
        problems.append(tr("The message has no sender (From)."));
    if (envelopeRecipients().isEmpty())
        problems.append(tr("The message has no recipients."));
    QSet<QString> available;
    for (const MimeAttachment &image : m_inlineImages)
        available.insert(image.contentId());
    const QStringList referenced = referencedContentIds();
    for (const QString &id : referenced) {
        if (!available.contains(id))
            problems.append(tr("The HTML shows cid:%1, but no inline image has that Content-ID.").arg(id));
    }
    for (const MimeAttachment &image : m_inlineImages) {
        if (!m_html.isEmpty() && !referenced.contains(image.contentId()))
            problems.append(tr("The inline image %1 (cid:%2) is not shown by the HTML.")
                                .arg(image.fileName(), image.contentId()));
    }
    return problems;
}
