#include "mailtourl.h"

#include <QByteArray>
#include <QDir>
#include <QUrl>

namespace {

// RFC 6068 2: every octet may be percent-encoded and the octets are UTF-8. '+' is a plus sign, not a space
// (that is HTML forms' encoding, not URLs'), so it is kept as it is.
QString decode(const QString &encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toUtf8()));
}

// The 'to' part and the to/cc/bcc fields are comma-separated lists. A comma inside a quoted display name
// belongs to the name ("Doe, Jane" <j@x>), so quotes and angle brackets are respected.
QStringList splitAddresses(const QString &list)
{
    QStringList out;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (int i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (c == QLatin1Char('\\') && quoted && i + 1 < list.size()) {
            current += c;
            current += list.at(++i);
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('<')) {
            ++angle;
        } else if (!quoted && c == QLatin1Char('>') && angle > 0) {
            --angle;
        } else if (!quoted && angle == 0 && c == QLatin1Char(',')) {
            if (!current.trimmed().isEmpty()) {
                out << current.trimmed();
            }
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty()) {
        out << current.trimmed();
    }
    return out;
}

QString normalizeLineBreaks(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Only a file on this machine, named by an absolute path or a file: URL without a remote host. Relative
// paths are refused: they would depend on whichever directory the handler happened to start in.
bool localAttachment(const QString &value, QString *path)
{
    if (value.startsWith(QLatin1Char('/'))) {
        *path = QDir::cleanPath(value);
        return true;
    }
    const QUrl url(value, QUrl::TolerantMode);
    if (url.isValid() && url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0) {
        const QString host = url.host();
        if (!host.isEmpty() && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
            return false;
        }
        const QString local = url.path(QUrl::FullyDecoded);
        if (!local.startsWith(QLatin1Char('/'))) {
            return false;
        }
        *path = QDir::cleanPath(local);
        return true;
    }
    return false;
}

} // namespace

bool MailtoUrl::isEmpty() const
{
    return to.isEmpty() && cc.isEmpty() && bcc.isEmpty() && subject.isEmpty() && body.isEmpty()
        && attachments.isEmpty();
}

bool MailtoUrl::isMailto(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

MailtoUrl MailtoUrl::parse(const QString &text)
{
    MailtoUrl result;
    const QString url = text.trimmed();
    if (!isMailto(url)) {
        result.error = tr("Not a mailto: link: %1").arg(url.left(80));
        return result;
    }
    QString rest = url.mid(7); // after "mailto:"
    // A fragment has no meaning in mailto: (RFC 6068 2); drop it rather than mail it.
    const int hash = int(rest.indexOf(QLatin1Char('#')));
    if (hash >= 0) {
        rest.truncate(hash);
    }
    const int question = int(rest.indexOf(QLatin1Char('?')));
    const QString path = question >= 0 ? rest.left(question) : rest;
    const QString query = question >= 0 ? rest.mid(question + 1) : QString();

    result.to = splitAddresses(decode(path));

    bool haveSubject = false;
    bool haveBody = false;
    for (const QString &field : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = int(field.indexOf(QLatin1Char('=')));
        const QString name = decode(eq >= 0 ? field.left(eq) : field).trimmed().toLower();
        const QString value = eq >= 0 ? decode(field.mid(eq + 1)) : QString();
        if (name == QLatin1String("to")) {
            result.to += splitAddresses(value);
        } else if (name == QLatin1String("cc")) {
            result.cc += splitAddresses(value);
        } else if (name == QLatin1String("bcc")) {
            result.bcc += splitAddresses(value);
        } else if (name == QLatin1String("subject")) {
            // The first one wins; a second subject is more likely an attack on the first than a correction.
            if (!haveSubject) {
                // A subject is one line (RFC 5322 unstructured): line breaks become spaces.
                result.subject = normalizeLineBreaks(value).replace(QLatin1Char('\n'), QLatin1Char(' '));
                haveSubject = true;
            }
        } else if (name == QLatin1String("body")) {
            if (!haveBody) {
                result.body = normalizeLineBreaks(value);
                haveBody = true;
            }
        } else if (name == QLatin1String("in-reply-to")) {
            result.inReplyTo = value.trimmed();
        } else if (name == QLatin1String("attach") || name == QLatin1String("attachment")) {
            QString local;
            if (!value.isEmpty() && localAttachment(value, &local)) {
                if (!result.attachments.contains(local)) {
                    result.attachments << local;
                }
            } else {
                result.ignored << QStringLiteral("%1=%2").arg(name, value);
            }
        } else if (!name.isEmpty()) {
            // RFC 6068 7: From, Sender, Reply-To, arbitrary headers... are not taken from a link a web page
            // can write for the person.
            result.ignored << name;
        }
    }
    return result;
}
