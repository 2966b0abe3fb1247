#include "store/presendcheck.h"

#include "mime/addressparser.h"

#include <QLocale>

#include <algorithm>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList PreSendCheck::attachmentKeywords()
{
    // Translators: the words that suggest a file is attached, comma-separated. Keep the English ones and add
    // your language's (a word matches at the start of a word, so "attach" also finds "attaching").
    const QString list = tr("attach, attached, attachment, enclosed, pièce jointe, pièces jointes, Anhang, "
                            "angehängt, adjunto, adjunta, allegato, bijlage, załącznik");
    QStringList words;
    for (const QString &w : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!w.trimmed().isEmpty()) {
            words << w.trimmed();
        }
    }
    return words;
}

bool PreSendCheck::mentionsAttachment(const QString &text, QString *keyword)
{
    const QStringList words = attachmentKeywords();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        // The signature separator (RFC 3676 4.3): what follows is not the person's message.
        if (rawLine == QLatin1String("-- ") || rawLine == QLatin1String("--")) {
            break;
        }
        // Quoted text is someone else's: "see the attached file" there is not about this message.
        if (rawLine.trimmed().startsWith(QLatin1Char('>'))) {
            continue;
        }
        for (const QString &word : words) {
            int from = 0;
            while (true) {
                const int at = int(rawLine.indexOf(word, from, Qt::CaseInsensitive));
                if (at < 0) {
                    break;
                }
                if (at == 0 || !isWordChar(rawLine.at(at - 1))) {
                    if (keyword) {
                        // The whole word as written ("attached", "Attachment"), for the question.
                        int end = at + int(word.size());
                        while (end < rawLine.size() && isWordChar(rawLine.at(end))) {
                            ++end;
                        }
                        *keyword = rawLine.mid(at, end - at);
                    }
                    return true;
                }
                from = at + 1;
            }
        }
    }
    return false;
}

QString PreSendCheck::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeSIFormat);
}

QList<PreSendCheck::Issue> PreSendCheck::run(const Input &input)
{
    QList<Issue> issues;
    if (!input.hasAccount) {
        issues << Issue { Kind::NoAccount, Severity::Blocking,
            tr("There is no account to send from. Add one in Accounts (it takes a minute, and "
               "\"Detect settings\" fills in the server for most addresses)."),
            QStringLiteral("from") };
    }

    int recipients = 0;
    const struct
    {
        const QString *text;
        const char *label;
        const char *field;
    } fields[] = { { &input.to, QT_TRANSLATE_NOOP("PreSendCheck", "To"), "to" },
        { &input.cc, QT_TRANSLATE_NOOP("PreSendCheck", "Cc"), "cc" },
        { &input.bcc, QT_TRANSLATE_NOOP("PreSendCheck", "Bcc"), "bcc" } };
    for (const auto &f : fields) {
        if (f.text->trimmed().isEmpty()) {
            continue;
        }
        const AddressParser::Result parsed = AddressParser::parseList(*f.text);
        if (!parsed.ok()) {
            issues << Issue { Kind::InvalidAddress, Severity::Blocking,
                tr("The %1 field has an address that is not valid: %2").arg(tr(f.label), parsed.error),
                QString::fromLatin1(f.field) };
            continue;
        }
        recipients += int(parsed.addresses.mailboxes().size());
    }
    const bool anyInvalid = std::any_of(
        issues.begin(), issues.end(), [](const Issue &i) { return i.kind == Kind::InvalidAddress; });
    if (recipients == 0 && !anyInvalid) {
        issues << Issue { Kind::NoRecipients, Severity::Blocking,
            tr("The message has no recipients. Add at least one address in To, Cc or Bcc."),
            QStringLiteral("to") };
    }

    if (input.sizeLimit > 0 && input.messageSize > input.sizeLimit) {
        issues << Issue { Kind::TooLarge, Severity::Blocking,
            tr("The message is %1, and this account's server accepts at most %2. Remove an "
               "attachment, or share large files by a link instead.")
                .arg(formatSize(input.messageSize), formatSize(input.sizeLimit)),
            QStringLiteral("attachments") };
    }

    if (!input.linkAttachments.isEmpty()) {
        issues << Issue { Kind::LinkAttachments, Severity::Question,
            tr("The mail link that opened this message attached these files from your computer:\n%1\n"
               "Send them?")
                .arg(input.linkAttachments.join(QLatin1Char('\n'))),
            QStringLiteral("attachments") };
    }

    QString keyword;
    if (input.attachmentCount == 0
        && mentionsAttachment(input.subject + QLatin1Char('\n') + input.bodyText, &keyword)) {
        issues << Issue { Kind::AttachmentMentioned, Severity::Question,
            tr("The message mentions \"%1\", but nothing is attached. Send it without an attachment?")
                .arg(keyword),
            QStringLiteral("attachments") };
    }

    if (input.subject.trimmed().isEmpty()) {
        issues << Issue { Kind::EmptySubject, Severity::Question,
            tr("The subject is empty. Send the message without a subject?"), QStringLiteral("subject") };
    }

    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        return a.severity == Severity::Blocking && b.severity != Severity::Blocking;
    });
    return issues;
}
